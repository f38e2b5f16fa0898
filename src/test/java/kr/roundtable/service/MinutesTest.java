package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.export.MinutesWriter;
import kr.roundtable.i18n.I18n;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.testutil.TestDatabase;

/** 회의록 from the template, reopened with POI; user templates; templates with bad tags. */
class MinutesTest {
    @TempDir
    Path dir;
    Repositories repos;
    ExportService exports;
    long meetingId;

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
        new DemoDataService(repos).load();
        exports = kr.roundtable.testutil.TestExports.over(repos, dir.resolve("templates"));
        meetingId = new MeetingService(repos).meetings().stream().filter(m -> "제16차".equals(m.ordinalLabel()))
                .findFirst().map(MeetingSummary::id).orElseThrow();
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    XWPFDocument write(Path template) throws Exception {
        Path file = exports.minutes(meetingId, "홍길동", LocalDate.of(2026, 11, 22), template, I18n.forLanguage("ko"),
                dir.resolve("회의록.docx"));
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static String text(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
    }

    @Test
    void theMinutesCarryWhatAPublicBodysMinutesMust() throws Exception {
        try (XWPFDocument doc = write(null)) {
            String body = text(doc);
            assertTrue(body.startsWith("제16차 디지털 국정과제 연속 현장 간담회 회의록"), body);
            XWPFTable overview = doc.getTables().get(0);
            assertEquals("주최 과학기술정보통신부", overview.getRow(0).getCell(1).getText());
            assertEquals("2023. 2. 8.(수) 14:00~16:00", overview.getRow(1).getCell(1).getText());
            assertEquals("과학기술정보통신부 제2차관 박윤규", overview.getRow(3).getCell(1).getText());
            assertTrue(overview.getRow(4).getCell(1).getText().contains("정부측(1): 과학기술정보통신부 제2차관 박윤규"));
            assertTrue(overview.getRow(4).getCell(1).getText().contains("기업측(4)"));
            assertTrue(body.contains("1. UAE 경제사절단 주요 성과 소개 (20분)"), "진행순서");
            assertTrue(body.contains("□ 1. UAE 경제사절단 주요 성과 소개"), "주요 논의내용 per item");
            assertTrue(body.contains("○ UAE 경제사절단 참가기업 A 대표 기업인 A [건의 · 수출·해외진출]"), "발언요지");
            assertTrue(body.contains("→ 답변(과학기술정보통신부 제2차관 박윤규, 수용):"), "answers with disposition");
            assertTrue(body.contains("○ MOU 등이 실질적인 해외진출 성과로"), "결정사항 from accepted answers");
            assertTrue(body.contains("작성자: 홍길동    작성일: 2026. 11. 22.(일)"));
        }
    }

    @Test
    void requestsAndActionsAreTablesWithARowEach() throws Exception {
        try (XWPFDocument doc = write(null)) {
            XWPFTable requests = doc.getTables().get(1);
            assertEquals("연번", requests.getRow(0).getCell(0).getText());
            assertEquals(7, requests.getNumberOfRows(), "header and six remarks (opinions are not requests)");
            assertEquals("UAE 경제사절단 참가기업 A 대표 기업인 A", requests.getRow(1).getCell(1).getText());
            assertEquals("수용", requests.getRow(1).getCell(4).getText());
            XWPFTable actions = doc.getTables().get(2);
            assertEquals(List.of("1", "과기정통부 책임 전담부서", "전담부서 지정 후 확정", "추진중"), List.of(
                    actions.getRow(1).getCell(0).getText(), actions.getRow(1).getCell(2).getText(),
                    actions.getRow(1).getCell(4).getText(), actions.getRow(1).getCell(5).getText()));
            assertEquals(4, actions.getNumberOfRows());
            assertFalse(text(doc).contains("{{"), "no tag left");
        }
    }

    @Test
    void theUsersOwnTemplateInTheDataFolderIsUsed() throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        try (XWPFDocument template = new XWPFDocument(); OutputStream out = Files.newOutputStream(
                dir.resolve("templates/minutes.docx"))) {
            template.createParagraph().createRun().setText("○○부 회의록 서식");
            template.createParagraph().createRun().setText("{{title}}");
            template.createParagraph().createRun().setText("{{when}}");
            template.write(out);
        }
        try (XWPFDocument doc = write(null)) {
            assertEquals("○○부 회의록 서식\n제16차 디지털 국정과제 연속 현장 간담회\n2023. 2. 8.(수) 14:00~16:00", text(doc));
        }
    }

    @Test
    void aTemplateWithAnUnknownOrBrokenTagIsRefusedByNameAndNothingIsWritten() throws Exception {
        for (String[] bad : new String[][] {{"{{제목}}", "minutes.error.unknownTag", "{{제목}}"},
                {"{{titel}}", "minutes.error.unknownTag", "{{titel}}"},
                {"일시: {{when", "minutes.error.brokenTag", "{{when"}}) {
            Path template = dir.resolve("bad.docx");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(template)) {
                doc.createParagraph().createRun().setText(bad[0]);
                doc.write(out);
            }
            Refusal r = assertThrows(Refusal.class, () -> write(template));
            assertEquals(bad[1], r.key(), bad[0]);
            assertTrue(String.valueOf(r.args()[0]).contains(bad[2]), String.valueOf(r.args()[0]));
            assertFalse(Files.exists(dir.resolve("회의록.docx")), "no half-written document");
        }
    }

    @Test
    void theBuiltInTemplateUsesOnlyKnownTags() throws Exception {
        MinutesWriter.check(MinutesWriter.builtInTemplate());
    }
}
