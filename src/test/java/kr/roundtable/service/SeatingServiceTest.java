package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.model.Precedence;
import kr.roundtable.model.SeatingLayout;
import kr.roundtable.model.SeatingPlan;
import kr.roundtable.model.TitleLevels;
import kr.roundtable.testutil.TestDatabase;

class SeatingServiceTest {
    @TempDir
    Path dir;
    Repositories repos;
    SeatingService seating;
    long meetingId;

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
        new DemoDataService(repos).load();
        seating = new SeatingService(repos);
        meetingId = new MeetingService(repos).meetings().stream().filter(m -> "제16차".equals(m.ordinalLabel()))
                .findFirst().map(MeetingSummary::id).orElseThrow();
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    List<String> names(List<Precedence.Attendee> list) {
        return list.stream().map(Precedence.Attendee::name).toList();
    }

    @Test
    void theChairRanksFirstThenTheTitlesByLevel() {
        List<String> ranked = names(seating.ranked(meetingId, true));
        assertEquals("박윤규", ranked.get(0));
        assertEquals(7, ranked.size());
    }

    @Test
    void whoDeclinedIsNotSeatedAndASubstituteSitsInTheirPlace() {
        InvitationService invitations = new InvitationService(repos);
        List<Invitee> invited = invitations.invitees(meetingId);
        Invitee declined = invited.get(3);
        Invitee substituted = invited.get(4);
        invitations.setAttendance(declined.participant().id(), Attendance.DECLINED, null);
        long substitute = new RosterService(repos).save(kr.roundtable.model.Person.of("대리인", null, "부장"),
                substituted.shownOrganization(), null).person().id();
        invitations.setAttendance(substituted.participant().id(), Attendance.SUBSTITUTE, substitute);
        List<String> names = names(seating.attendees(meetingId));
        assertEquals(6, names.size());
        assertTrue(!names.contains(declined.name()) && names.contains("대리인"), names.toString());
    }

    @Test
    void autoArrangeSavesThePlanAndTheOverrideIsKept() {
        List<Long> order = seating.ranked(meetingId, true).stream().map(Precedence.Attendee::participantId).toList();
        List<Long> swapped = new java.util.ArrayList<>(order);
        java.util.Collections.swap(swapped, 1, 2);
        seating.overridePrecedence(meetingId, swapped);
        SeatingPlan plan = seating.autoArrange(meetingId, SeatingLayout.ROUND, 8, true, true);
        assertEquals(swapped, plan.seats().stream().map(SeatingPlan.Seat::participantId).toList());
        assertEquals(plan.seats(), seating.plan(meetingId).orElseThrow().seats());
        seating.resetPrecedence(meetingId);
        assertEquals(order, seating.ranked(meetingId, true).stream().map(Precedence.Attendee::participantId).toList());
    }

    @Test
    void editedTitleLevelsChangeTheRanking() {
        seating.saveTitleLevel(new TitleLevels.Level("대표", 5, true));
        assertEquals(5, seating.titleLevels().level("대표"));
        assertEquals("박윤규", names(seating.ranked(meetingId, true)).get(0), "the chair stays first");
        assertTrue(names(seating.ranked(meetingId, true)).get(1).startsWith("기업인"));
    }

    @Test
    void defaultCaptionHasTheChairInTheMiddle() {
        String caption = seating.defaultCaption(meetingId, true);
        assertTrue(caption.startsWith("(왼쪽부터) "), caption);
        String[] people = caption.substring("(왼쪽부터) ".length()).split(", ");
        assertEquals(7, people.length);
        assertEquals("박윤규 과학기술정보통신부 제2차관", people[3]);
        seating.saveCaption(meetingId, caption);
        assertEquals(java.util.Optional.of(caption), seating.storedCaption(meetingId));
    }

    @Test
    void exportsWriteNamePlatesAChartDocumentAndAPicture() throws Exception {
        seating.autoArrange(meetingId, SeatingLayout.FACING, 8, true, false);
        ExportService exports = kr.roundtable.testutil.TestExports.over(repos, dir.resolve("templates"));
        I18n ko = I18n.forLanguage("ko");
        Path plates = exports.nameplates(meetingId, dir.resolve(exports.fileName(meetingId, "명패", "docx")));
        assertEquals("제16차 디지털 국정과제 연속 현장 간담회 명패.docx", plates.getFileName().toString());
        try (InputStream in = Files.newInputStream(plates); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals(7, doc.getAllPictures().size(), "one upside-down half per seated attendee");
        }
        Path chart = exports.chartDocx(meetingId, ko, dir.resolve("chart.docx"));
        try (InputStream in = Files.newInputStream(chart); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> lines = doc.getParagraphs().stream().map(p -> p.getText()).filter(t -> !t.isBlank()).toList();
            assertEquals("좌석배치도", lines.get(0));
            assertEquals("제16차 디지털 국정과제 연속 현장 간담회", lines.get(1));
            assertTrue(lines.get(2).startsWith("2023. 2. 8.(수) 14:00~16:00"), lines.get(2));
            assertEquals(1, doc.getAllPictures().size());
        }
        Path png = exports.chartPng(meetingId, ko, dir.resolve("chart.png"));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(List.of(2000, 1400), List.of(image.getWidth(), image.getHeight()));
    }

    @Test
    void exportWithoutAPlanSaysSo() {
        ExportService exports = kr.roundtable.testutil.TestExports.over(repos, null);
        Refusal r = org.junit.jupiter.api.Assertions.assertThrows(Refusal.class,
                () -> exports.nameplates(meetingId, dir.resolve("x.docx")));
        assertEquals("seating.error.noPlan", r.key());
    }
}
