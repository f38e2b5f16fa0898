package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.testutil.TestDatabase;

class PressReleaseTest {
    @TempDir
    Path dir;
    Repositories repos;
    ExportService exports;
    long meetingId;

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
        new DemoDataService(repos).load();
        CaptureService capture = new CaptureService(repos, Clock.systemDefaultZone());
        exports = kr.roundtable.testutil.TestExports.over(repos, null);
        meetingId = new MeetingService(repos).meetings().stream().filter(m -> "제16차".equals(m.ordinalLabel()))
                .findFirst().map(MeetingSummary::id).orElseThrow();
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    List<String> lines() throws Exception {
        Path file = exports.pressRelease(meetingId, I18n.forLanguage("ko"), dir.resolve("보도자료.docx"));
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
        }
    }

    @Test
    void headlineInTheUsualFormThenSubtitleDateLeadAndTopics() throws Exception {
        List<String> lines = lines();
        assertEquals("보도자료 (초안)", lines.get(0));
        assertEquals("과학기술정보통신부, '제16차 디지털 국정과제 연속 현장 간담회' 개최", lines.get(1));
        assertEquals("- 과학기술정보통신부 제2차관 박윤규 주재, 관계자 7명 참석 -", lines.get(2));
        assertEquals("일시: 2023. 2. 8.(수) 14:00 / 장소: 간담회장 (기사에 장소 미기재)", lines.get(3));
        assertTrue(lines.get(4).startsWith("□ 과학기술정보통신부는 2월 8일 간담회장 (기사에 장소 미기재)에서 "
                + "'제16차 디지털 국정과제 연속 현장 간담회'를 개최하고"), lines.get(4));
        assertEquals(List.of("  △ UAE 경제사절단 주요 성과 소개", "  △ 디지털 기업 해외진출 지원방안", "  △ 해외진출 정책 아이디어 청취"),
                lines.subList(5, 8));
    }

    @Test
    void flaggedRemarksAndTheirAnswersBecomeParagraphsAndTheCaptionFollows() throws Exception {
        Remark flagged = repos.db().read(() -> repos.remarks().ofMeeting(meetingId)).stream()
                .filter(r -> r.text().startsWith("혁신 제품")).findFirst().orElseThrow();
        repos.db().write(() -> repos.remarks().update(new Remark(flagged.id(), flagged.meetingId(),
                flagged.agendaItemId(), flagged.speakerId(), flagged.kind(), flagged.categoryId(), flagged.text(),
                flagged.recordedAt(), flagged.replyToId(), flagged.disposition(), true)));
        new SeatingService(repos).saveCaption(meetingId, "(왼쪽부터) 기업인 A 대표, 박윤규 제2차관");
        List<String> lines = lines();
        assertEquals("□ CES 혁신상 수상기업 A 대표 기업인 C는 “혁신 제품·서비스의 신속한 시장진출을 위해 규제개선이 필요합니다.”라고 말했다.",
                lines.get(8));
        assertTrue(lines.get(9).startsWith("□ 이에 대해 과학기술정보통신부 제2차관 박윤규는 “혁신성을 인정받은"), lines.get(9));
        assertEquals(11, lines.size(), "only the flagged remark and its answer, then the caption");
        assertEquals("[사진] (왼쪽부터) 기업인 A 대표, 박윤규 제2차관", lines.get(10));
        assertTrue(lines.stream().noneMatch(l -> l.contains(RemarkKind.REQUEST.name())));
    }
}
