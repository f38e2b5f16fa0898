package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Disposition;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.Participant;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkDraft;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.Side;
import kr.roundtable.model.TranscriptItem;
import kr.roundtable.testutil.MeetingBuilder;
import kr.roundtable.testutil.PersonBuilder;
import kr.roundtable.testutil.TestDatabase;

class CaptureServiceTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    @TempDir
    Path dir;
    Repositories repos;
    MutableClock clock;
    CaptureService capture;
    MeetingService meetings;
    Meeting meeting;
    Participant company;
    Participant official;

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        Instant now = LocalDateTime.of(2026, 3, 5, 14, 0).atZone(SEOUL).toInstant();

        void advanceMinutes(long minutes) {
            now = now.plusSeconds(minutes * 60);
        }

        @Override
        public ZoneId getZone() {
            return SEOUL;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
        clock = new MutableClock();
        capture = new CaptureService(repos, clock);
        meetings = new MeetingService(repos);
        meeting = repos.db().write(() -> repos.meetings().insert(new MeetingBuilder().build()));
        InvitationService invitations = new InvitationService(repos);
        company = invitations.invite(meeting.id(), person("김대표"), Side.COMPANY, ParticipantRole.ATTENDEE);
        official = invitations.invite(meeting.id(), person("이차관"), Side.GOVERNMENT, ParticipantRole.CHAIR);
        meetings.saveAgendaItem(AgendaItem.of(meeting.id(), 0, "인사말씀", 5));
        meetings.saveAgendaItem(AgendaItem.of(meeting.id(), 0, "애로 청취", 60));
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    long person(String name) {
        return repos.db().write(() -> repos.people().insert(new PersonBuilder().withName(name).build())).id();
    }

    @Test
    void startingSwitchesToInProgressAndStartsTheFirstItem() {
        Meeting started = capture.start(meeting.id());
        assertEquals(MeetingStatus.IN_PROGRESS, started.status());
        AgendaItem first = meetings.agenda(meeting.id()).get(0);
        assertEquals(LocalDateTime.of(2026, 3, 5, 14, 0), first.actualStart());
    }

    @Test
    void recordingSavesTheRemarkWithItsTimeAndClearsTheDraft() {
        capture.saveDraft(new RemarkDraft(meeting.id(), null, company.id(), RemarkKind.REQUEST, null, "인증 비용",
                LocalDateTime.now()));
        clock.advanceMinutes(12);
        Remark r = capture.record(meeting.id(), null, company.id(), RemarkKind.REQUEST, null,
                "  인증 비용 지원을 건의합니다.\n두 번째 줄  ");
        assertEquals("인증 비용 지원을 건의합니다.\n두 번째 줄", r.text());
        assertEquals(LocalDateTime.of(2026, 3, 5, 14, 12), r.recordedAt());
        assertEquals(Optional.empty(), capture.draft(meeting.id()));
    }

    @Test
    void draftIsKeptWithSpeakerAndKindAndAnEmptyDraftClearsIt() {
        RemarkDraft d = new RemarkDraft(meeting.id(), 5L, company.id(), RemarkKind.DIFFICULTY, 2L, "수출 바우",
                LocalDateTime.of(2026, 3, 5, 14, 3));
        capture.saveDraft(d);
        assertEquals(Optional.of(d), capture.draft(meeting.id()));
        capture.saveDraft(new RemarkDraft(meeting.id(), null, null, null, null, " ", LocalDateTime.now()));
        assertEquals(Optional.empty(), capture.draft(meeting.id()));
    }

    @Test
    void emptyRemarkIsRefused() {
        assertEquals("capture.error.empty", assertThrows(Refusal.class, () -> capture.record(meeting.id(), null, null,
                RemarkKind.OPINION, null, "  \n ")).key());
    }

    @Test
    void answerAndFollowUpsAppearInTheTranscript() {
        Remark r = capture.record(meeting.id(), null, company.id(), RemarkKind.REQUEST, 1L, "규제 샌드박스 기간 연장");
        capture.answer(r.id(), official.id(), "관계부처와 협의하겠습니다.", Disposition.LONG_TERM_REVIEW);
        FollowUp june = capture.addFollowUp(r.id(), "규제혁신과", "김사무관", "6월까지", null);
        FollowUp dated = capture.addFollowUp(r.id(), "산업정책과", null, "2026-09-30", FollowUpStatus.IN_PROGRESS);
        assertEquals(LocalDate.of(2026, 6, 30), june.dueDate());
        assertEquals(LocalDate.of(2026, 9, 30), dated.dueDate());

        TranscriptItem item = capture.transcript(meeting.id()).get(0);
        assertEquals("김대표", item.speaker());
        assertEquals(List.of("이차관: 관계부처와 협의하겠습니다. (LONG_TERM_REVIEW)"), item.answers().stream()
                .map(a -> a.speaker() + ": " + a.remark().text() + " (" + a.remark().disposition() + ")").toList());
        assertEquals(List.of("규제혁신과", "산업정책과"), item.followUps().stream().map(FollowUp::department).toList());
        assertEquals(List.of("규제혁신과", "산업정책과"), capture.departments().stream().sorted().toList());
    }

    @Test
    void answeringAnAnswerIsRefused() {
        Remark r = capture.record(meeting.id(), null, company.id(), RemarkKind.QUESTION, null, "질문");
        Remark a = capture.answer(r.id(), official.id(), "답", Disposition.ACCEPTED);
        assertEquals("capture.error.answerToAnswer", assertThrows(Refusal.class,
                () -> capture.answer(a.id(), official.id(), "답의 답", null)).key());
    }

    @Test
    void deletedRemarkComesBackWithItsAnswerAndFollowUps() {
        Remark r = capture.record(meeting.id(), null, company.id(), RemarkKind.REQUEST, null, "예산 확대");
        capture.answer(r.id(), official.id(), "검토", Disposition.UNDER_REVIEW);
        capture.addFollowUp(r.id(), "예산과", null, "연내", null);
        List<TranscriptItem> before = capture.transcript(meeting.id());
        Undo undo = capture.delete(r.id());
        assertEquals(List.of(), capture.transcript(meeting.id()));
        undo.undo();
        assertEquals(before, capture.transcript(meeting.id()));
    }

    @Test
    void editMovesARemarkToAnotherItemAndSpeakerAndFlagsIt() {
        List<AgendaItem> agenda = meetings.agenda(meeting.id());
        Remark r = capture.record(meeting.id(), agenda.get(0).id(), company.id(), RemarkKind.OPINION, null, "의견");
        Remark moved = new Remark(r.id(), r.meetingId(), agenda.get(1).id(), official.id(), RemarkKind.PROPOSAL, 3L,
                "고친 의견", r.recordedAt(), null, null, true);
        capture.update(moved);
        assertEquals(Optional.of(moved), capture.remark(r.id()));
    }

    @Test
    void startingTheNextItemEndsTheRunningOne() {
        capture.start(meeting.id());
        List<AgendaItem> agenda = meetings.agenda(meeting.id());
        clock.advanceMinutes(7);
        List<AgendaItem> now = capture.startAgendaItem(meeting.id(), agenda.get(1).id());
        assertEquals(LocalDateTime.of(2026, 3, 5, 14, 7), now.get(0).actualEnd());
        assertEquals(LocalDateTime.of(2026, 3, 5, 14, 7), now.get(1).actualStart());
        assertNull(now.get(1).actualEnd());
    }

    @Test
    void closingTurnsUnansweredRemarksIntoFollowUpsWhenAsked() {
        capture.start(meeting.id());
        Remark answered = capture.record(meeting.id(), null, company.id(), RemarkKind.REQUEST, null, "답변 받은 건의");
        capture.answer(answered.id(), official.id(), "수용", Disposition.ACCEPTED);
        Remark open = capture.record(meeting.id(), null, company.id(), RemarkKind.DIFFICULTY, null, "답 없는 애로");
        assertEquals(1, capture.unansweredCount(meeting.id()));
        clock.advanceMinutes(90);
        assertEquals(1, capture.close(meeting.id(), true));
        assertEquals(MeetingStatus.CLOSED, meetings.meeting(meeting.id()).status());
        assertEquals(List.of(FollowUpStatus.PLANNED), repos.db().read(() -> repos.followUps().ofRemark(open.id()))
                .stream().map(FollowUp::status).toList());
        assertTrue(meetings.agenda(meeting.id()).get(0).actualEnd() != null);
        assertEquals(0, capture.unansweredCount(meeting.id()));
    }
}
