package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.model.RegisterFilter;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.testutil.MeetingBuilder;
import kr.roundtable.testutil.TestDatabase;

/** The follow-up register, reopened with POI: texts, order, date cells, neutralised formulas, print setup. */
class FollowUpRegisterTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    @TempDir
    Path dir;
    Repositories repos;
    ExportService exports;

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
        new DemoDataService(repos).load();
        SeatingService seating = new SeatingService(repos);
        exports = kr.roundtable.testutil.TestExports.over(repos, null);
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    XSSFWorkbook write(RegisterFilter filter) throws Exception {
        Path file = dir.resolve("처리현황.xlsx");
        exports.followUpRegister(filter, I18n.forLanguage("ko"), TODAY, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> row(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Cell c = row.getCell(i);
            out.add(c == null ? "" : c.getCellType() == CellType.NUMERIC ? (DateUtil.isCellDateFormatted(c)
                    ? c.getLocalDateTimeCellValue().toLocalDate().toString() : String.valueOf((int) c.getNumericCellValue()))
                    : c.getStringCellValue());
        }
        return out;
    }

    @Test
    void everyFollowUpIsARowInMeetingOrderUnderTheKoreanHeader() throws Exception {
        try (XSSFWorkbook wb = write(RegisterFilter.all(TODAY))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("건의사항 처리현황", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(List.of("연번", "회차", "일자", "기관", "발언자", "분야", "내용", "답변", "처리의견", "전담부서", "담당자",
                    "기한", "상태", "처리결과", "최종수정일"), row(sheet.getRow(2)));
            assertEquals(13, sheet.getLastRowNum(), "10 follow-ups under the header, then the total");
            assertEquals("총 10건", sheet.getRow(13).getCell(0).getStringCellValue());
            assertEquals("작성일 2026-11-22", sheet.getRow(1).getCell(0).getStringCellValue());
            List<String> first = row(sheet.getRow(3));
            assertEquals("1", first.get(0));
            assertEquals("2019년 제1차 정책협의회", first.get(1));
            assertEquals("2019-04-22", first.get(2));
            List<String> smart = row(sheet.getRow(4));
            assertEquals("2019-06-30", smart.get(11), "the due date is a date cell");
            assertEquals("추진중", smart.get(12));
            List<String> last = row(sheet.getRow(12));
            assertEquals("제16차 디지털 국정과제 연속 현장 간담회", last.get(1));
            assertTrue(row(sheet.getRow(10)).get(7).startsWith("MOU 등이 실질적인"), "the answer");
            assertEquals("수용", row(sheet.getRow(10)).get(8));
        }
    }

    @Test
    void moreRowsThanTheStreamingWindowAreAllWritten() throws Exception {
        long meetingId = new MeetingService(repos).meetings().get(0).id();
        repos.db().write(() -> {
            for (int i = 0; i < 450; i++) {
                Remark r = repos.remarks().insert(Remark.of(meetingId, null, null, RemarkKind.REQUEST, null, "건의 " + i,
                        LocalDateTime.of(2023, 2, 8, 17, 0).plusSeconds(i)));
                repos.followUps().insert(FollowUp.planned(r.id(), "부서", null, "연내"));
            }
        });
        try (XSSFWorkbook wb = write(RegisterFilter.all(TODAY))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("총 460건", sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue());
            assertEquals("건의 449", sheet.getRow(sheet.getLastRowNum() - 1).getCell(6).getStringCellValue());
        }
    }

    @Test
    void aCancelledExportStopsMidwayAndLeavesThePreviousFile() throws Exception {
        Path file = dir.resolve("처리현황.xlsx");
        exports.followUpRegister(RegisterFilter.all(TODAY), I18n.forLanguage("ko"), TODAY, file);
        byte[] before = Files.readAllBytes(file);
        kr.roundtable.model.RegisterRow row = new kr.roundtable.model.RegisterRow(1, null, null, TODAY, "간담회", "기관",
                "발언자", "규제", "내용", null, null, "부서", null, null, null, FollowUpStatus.PLANNED, null, null);
        kr.roundtable.export.FollowUpRegisterWriter.Rows thousand = sink -> {
            for (int i = 0; i < 1_000; i++) {
                if (i == 10) {
                    Thread.currentThread().interrupt(); // what Task.cancel(true) does to the export's thread
                }
                sink.accept(row);
            }
        };
        kr.roundtable.export.FollowUpRegisterWriter.Words words = new kr.roundtable.export.FollowUpRegisterWriter
                .Words() {
            public String title() {
                return "건의사항 처리현황";
            }

            public String subtitle(int rows) {
                return "";
            }

            public List<String> columns() {
                return List.of("연번");
            }

            public String disposition(kr.roundtable.model.RegisterRow r) {
                return "";
            }

            public String status(kr.roundtable.model.RegisterRow r) {
                return "";
            }
        };
        try {
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                    () -> kr.roundtable.export.SafeFile.write(file, out -> kr.roundtable.export.FollowUpRegisterWriter
                            .write(thousand, words, TODAY, out)));
        } finally {
            Thread.interrupted();
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".part")).count(),
                    "the temporary file is gone");
        }
    }

    @Test
    void datesAreRealDateCells() throws Exception {
        try (XSSFWorkbook wb = write(RegisterFilter.all(TODAY))) {
            Cell date = wb.getSheetAt(0).getRow(3).getCell(2);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
        }
    }

    @Test
    void headerIsFrozenFilteredAndRepeatedOnEveryLandscapePage() throws Exception {
        try (XSSFWorkbook wb = write(RegisterFilter.all(TODAY))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals(3, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("A3:O13", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals("3:3", sheet.getRepeatingRows().formatAsString(), "the header row repeats on every page");
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertTrue(sheet.getRow(3).getCell(6).getCellStyle().getWrapText(), "remarks wrap");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredToShowAsTyped() throws Exception {
        long meetingId = new MeetingService(repos).meetings().get(0).id();
        repos.db().write(() -> {
            Remark r = repos.remarks().insert(Remark.of(meetingId, null, null, RemarkKind.REQUEST, null,
                    "=HYPERLINK(\"http://evil.example\",\"클릭\")", LocalDateTime.of(2023, 2, 8, 16, 0)));
            return repos.followUps().insert(new FollowUp(0, r.id(), "+과기정통부", "@담당", null, "-연내-",
                    FollowUpStatus.PLANNED, null, List.of(), null));
        });
        try (XSSFWorkbook wb = write(RegisterFilter.meeting(meetingId, TODAY))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row last = sheet.getRow(sheet.getLastRowNum() - 1);
            for (int column : new int[] {6, 9, 10, 11}) {
                Cell c = last.getCell(column);
                assertEquals(CellType.STRING, c.getCellType(), "never a formula");
                assertTrue(c.getCellStyle().getQuotePrefixed(), "shown as typed: column " + column);
            }
            assertEquals("=HYPERLINK(\"http://evil.example\",\"클릭\")", last.getCell(6).getStringCellValue());
        }
    }

    @Test
    void filtersByStatusDepartmentOverdueMeetingAndSeries() throws Exception {
        long seriesId = repos.db().read(() -> repos.series().findByName("중기부·산업부 정책협의회")).orElseThrow().id();
        int planned = count(new RegisterFilter(null, null, Set.of(FollowUpStatus.PLANNED), null, false, TODAY));
        int inProgress = count(new RegisterFilter(null, null, Set.of(FollowUpStatus.IN_PROGRESS), null, false, TODAY));
        assertEquals(10, planned + inProgress);
        assertEquals(5, count(new RegisterFilter(null, seriesId, Set.of(), null, false, TODAY)));
        assertEquals(1, count(new RegisterFilter(null, null, Set.of(), "중소벤처기업부", false, TODAY)));
        assertEquals(2, count(new RegisterFilter(null, null, Set.of(), null, true, TODAY)), "6월까지 and 11월 of 2019");
        MeetingSummary sv = new MeetingService(repos).meetings().stream().filter(m -> m.seriesName() == null)
                .findFirst().orElseThrow();
        assertEquals(2, count(RegisterFilter.meeting(sv.id(), TODAY)));
    }

    int count(RegisterFilter filter) throws Exception {
        return exports.followUpRegister(filter, I18n.forLanguage("ko"), TODAY, dir.resolve("n.xlsx"));
    }
}
