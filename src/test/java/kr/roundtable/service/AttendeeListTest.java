package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.testutil.TestDatabase;

/** 참석자 명단, reopened: order by side and precedence, attendance, contacts only when asked and masked by default. */
class AttendeeListTest {
    @TempDir
    Path dir;
    Repositories repos;
    ExportService exports;
    long meetingId;

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
        new DemoDataService(repos).load();
        exports = kr.roundtable.testutil.TestExports.over(repos, null);
        meetingId = new MeetingService(repos).meetings().stream().filter(m -> "제16차".equals(m.ordinalLabel()))
                .findFirst().map(MeetingSummary::id).orElseThrow();
        InvitationService invitations = new InvitationService(repos);
        Invitee b = invitations.invitees(meetingId).stream().filter(i -> i.name().equals("기업인 B")).findFirst()
                .orElseThrow();
        invitations.setAttendance(b.participant().id(), Attendance.DECLINED, null);
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    List<List<String>> xlsxRows(boolean contacts, boolean unmasked) throws Exception {
        Path file = exports.attendees(meetingId, "xlsx", contacts, unmasked, I18n.forLanguage("ko"),
                dir.resolve("명단.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c).getStringCellValue());
                }
                rows.add(cells);
            }
            assertEquals("참석자 명단", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("제16차 디지털 국정과제 연속 현장 간담회 · 2023. 2. 8.(수) · 간담회장 (기사에 장소 미기재)",
                    sheet.getRow(1).getCell(0).getStringCellValue());
            return rows;
        }
    }

    @Test
    void bySideInPrecedenceOrderWithoutContactsByDefault() throws Exception {
        List<List<String>> rows = xlsxRows(false, false);
        assertEquals(List.of("연번", "구분", "소속", "직위", "성명", "참석"), rows.get(0));
        assertEquals(List.of("1", "정부측", "과학기술정보통신부", "제2차관", "박윤규", "참석"), rows.get(1));
        assertEquals(List.of("정부측", "유관기관", "유관기관", "기업측", "기업측", "기업측", "기업측"), rows.subList(1, 8).stream()
                .map(r -> r.get(1)).toList());
        assertEquals("불참", rows.stream().filter(r -> r.get(4).equals("기업인 B")).findFirst().orElseThrow().get(5));
    }

    @Test
    void contactsAreMaskedUnlessAskedInFull() throws Exception {
        List<List<String>> masked = xlsxRows(true, false);
        assertEquals(List.of("연락처", "이메일"), masked.get(0).subList(6, 8));
        assertEquals("010-****-0001", masked.get(1).get(6));
        assertEquals("demo1@example.kr", masked.get(1).get(7));
        assertEquals("010-0000-0001", xlsxRows(true, true).get(1).get(6));
    }

    @Test
    void theWordVersionHasTheSameTable() throws Exception {
        Path file = exports.attendees(meetingId, "docx", false, false, I18n.forLanguage("ko"), dir.resolve("명단.docx"));
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("참석자 명단", doc.getParagraphs().get(0).getText());
            XWPFTable table = doc.getTables().get(0);
            assertEquals(8, table.getNumberOfRows());
            assertEquals("성명", table.getRow(0).getCell(4).getText());
            assertEquals("박윤규", table.getRow(1).getCell(4).getText());
            assertEquals(true, table.getRow(0).isRepeatHeader());
        }
    }
}
