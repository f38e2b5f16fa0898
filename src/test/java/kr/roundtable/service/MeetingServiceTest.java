package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingKind;
import kr.roundtable.model.MeetingSeries;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.Side;
import kr.roundtable.testutil.PersonBuilder;
import kr.roundtable.testutil.TestDatabase;

class MeetingServiceTest {
    static final String REVIEW = "지난 회의 건의사항 처리결과";
    @TempDir
    Path dir;
    Repositories repos;
    MeetingService meetings;
    InvitationService invitations;

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
        meetings = new MeetingService(repos);
        invitations = new InvitationService(repos);
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    Meeting meeting(String series, Integer ordinal, String title, LocalDate date) {
        return meetings.save(new Meeting(0, null, ordinal, title, MeetingKind.POLICY_COUNCIL, date,
                LocalTime.of(10, 0), LocalTime.of(12, 0), "서울 종로 한국생산성본부", List.of(), List.of(), null, null,
                MeetingStatus.CONFIRMED), series);
    }

    long person(String name) {
        return repos.db().write(() -> repos.people().insert(new PersonBuilder().withName(name).build())).id();
    }

    @Test
    void firstMeetingOfANewSeriesIsNumberOneAndTheNextGetsTwo() {
        assertEquals(Optional.of(1), meetings.suggestedOrdinal("수출 현장 간담회"));
        Meeting first = meeting("수출 현장 간담회", null, "수출 현장 간담회", LocalDate.of(2026, 1, 10));
        assertEquals(1, first.ordinal());
        assertEquals(Optional.of(2), meetings.suggestedOrdinal("수출 현장 간담회"));
        assertEquals(Optional.empty(), meetings.suggestedOrdinal(" "));
    }

    @Test
    void numberAlreadyUsedInTheSeriesIsRefused() {
        meeting("정책협의회", 3, "제3차 정책협의회", LocalDate.of(2026, 1, 10));
        Refusal r = assertThrows(Refusal.class, () -> meeting("정책협의회", 3, "또 제3차", LocalDate.of(2026, 3, 10)));
        assertEquals("meeting.error.ordinalTaken", r.key());
    }

    @Test
    void nextMeetingCopiesHostsVenueInvitationsAndAgendaAndMovesTheDate() {
        long host = repos.db().write(() -> repos.organizations().insert(
                kr.roundtable.model.Organization.of("중소벤처기업부", kr.roundtable.model.OrganizationKind.MINISTRY))).id();
        Meeting first = meetings.save(new Meeting(0, null, null, "2019년 제1차 정책협의회", MeetingKind.POLICY_COUNCIL,
                LocalDate.of(2019, 4, 22), LocalTime.of(10, 0), LocalTime.of(12, 0), "한국생산성본부", List.of(host),
                List.of(), null, "협업 방안", MeetingStatus.CONFIRMED), "정책협의회");
        repos.db().write(() -> repos.series().update(new MeetingSeries(first.seriesId(), "정책협의회", 60)));
        var chair = invitations.invite(first.id(), person("김학도"), Side.GOVERNMENT, ParticipantRole.CHAIR);
        invitations.setAttendance(chair.id(), Attendance.PRESENT, null);
        invitations.invite(first.id(), person("관계자"), Side.GOVERNMENT, ParticipantRole.PRESENTER);
        meetings.saveAgendaItem(AgendaItem.of(first.id(), 0, "수출마케팅 강화", 20));
        meetings.saveAgendaItem(AgendaItem.of(first.id(), 0, "스마트공장 확산", 30));

        Meeting next = meetings.nextInSeries(first.id(), REVIEW);

        assertEquals(2, next.ordinal());
        assertEquals("2019년 제2차 정책협의회", next.title());
        assertEquals(LocalDate.of(2019, 6, 21), next.date());
        assertEquals(List.of(host), next.hostIds());
        assertEquals("한국생산성본부", next.venue());
        assertEquals(MeetingStatus.PREPARING, next.status());
        List<Invitee> invited = invitations.invitees(next.id());
        assertEquals(List.of("김학도", "관계자"), invited.stream().map(Invitee::name).toList());
        assertTrue(invited.stream().allMatch(i -> i.participant().attendance() == Attendance.INVITED));
        assertEquals(ParticipantRole.CHAIR, invited.get(0).participant().role());
        assertEquals(List.of("수출마케팅 강화", "스마트공장 확산"), meetings.agenda(next.id()).stream()
                .map(AgendaItem::title).toList());
    }

    @Test
    void openFollowUpsOfTheLastMeetingPutTheReviewItemFirst() {
        Meeting first = meeting("디지털 간담회", 16, "디지털 국정과제 연속 현장 간담회", LocalDate.of(2023, 2, 8));
        meetings.saveAgendaItem(AgendaItem.of(first.id(), 0, "해외진출 지원방안", 30));
        repos.db().write(() -> {
            Remark r = repos.remarks().insert(Remark.of(first.id(), null, null, RemarkKind.REQUEST, null,
                    "규제개선이 필요합니다.", LocalDateTime.of(2023, 2, 8, 10, 30)));
            return repos.followUps().insert(FollowUp.planned(r.id(), "전담부서", null, "추후"));
        });
        Meeting next = meetings.nextInSeries(first.id(), REVIEW);
        assertEquals(17, next.ordinal());
        assertEquals(List.of(REVIEW, "해외진출 지원방안"), meetings.agenda(next.id()).stream().map(AgendaItem::title)
                .toList());
        assertEquals(LocalDate.of(2023, 3, 10), next.date(), "no interval known: 30 days");
    }

    @Test
    void closedFollowUpsLeaveNoReviewItemAndIntervalComesFromHistory() {
        Meeting a = meeting("현장 간담회", 1, "현장 간담회", LocalDate.of(2026, 1, 5));
        Meeting b = meeting("현장 간담회", 2, "현장 간담회", LocalDate.of(2026, 1, 19));
        repos.db().write(() -> {
            Remark r = repos.remarks().insert(Remark.of(b.id(), null, null, RemarkKind.REQUEST, null, "요청",
                    LocalDateTime.of(2026, 1, 19, 10, 0)));
            FollowUp f = repos.followUps().insert(FollowUp.planned(r.id(), "과", null, null));
            repos.followUps().update(new FollowUp(f.id(), r.id(), "과", null, null, null, FollowUpStatus.DONE, "완료",
                    List.of(), null));
            return null;
        });
        Meeting next = meetings.nextInSeries(a.id(), REVIEW);
        assertEquals(3, next.ordinal(), "from the series' last meeting, not the one clicked");
        assertEquals(LocalDate.of(2026, 2, 2), next.date());
        assertEquals(List.of(), meetings.agenda(next.id()));
    }

    @Test
    void meetingWithoutSeriesHasNoNext() {
        Meeting alone = meeting(null, null, "단독 간담회", LocalDate.of(2026, 1, 5));
        assertEquals("meeting.error.noSeries", assertThrows(Refusal.class,
                () -> meetings.nextInSeries(alone.id(), REVIEW)).key());
    }

    @Test
    void deletedMeetingWithRemarksComesBackWhole() {
        Meeting m = meeting("현장", 1, "현장 간담회", LocalDate.of(2026, 1, 5));
        var p = invitations.invite(m.id(), person("발언자"), Side.COMPANY, ParticipantRole.ATTENDEE);
        AgendaItem item = meetings.saveAgendaItem(AgendaItem.of(m.id(), 0, "애로 청취", 60));
        repos.db().write(() -> {
            Remark q = repos.remarks().insert(Remark.of(m.id(), item.id(), p.id(), RemarkKind.REQUEST, null,
                    "실증 특례를 늘려 주십시오.", LocalDateTime.of(2026, 1, 5, 10, 0)));
            repos.remarks().insert(Remark.answer(q, null, "검토하겠습니다.", null, LocalDateTime.of(2026, 1, 5, 10, 5)));
            return repos.followUps().insert(new FollowUp(0, q.id(), "규제혁신과", null, null, "연내",
                    FollowUpStatus.PLANNED, null, List.of(new FollowUp.ProgressNote(LocalDate.of(2026, 2, 1), "착수")),
                    null));
        });
        List<Remark> remarksBefore = repos.db().read(() -> repos.remarks().ofMeeting(m.id()));
        var followUpsBefore = repos.db().read(() -> repos.followUps().ofMeeting(m.id()));
        assertEquals(2, meetings.remarkCount(m.id()));

        Undo undo = meetings.delete(m.id());
        assertEquals(List.of(), meetings.meetings());

        undo.undo();
        assertEquals(m, meetings.meeting(m.id()));
        assertEquals(remarksBefore, repos.db().read(() -> repos.remarks().ofMeeting(m.id())));
        assertEquals(followUpsBefore, repos.db().read(() -> repos.followUps().ofMeeting(m.id())));
        assertEquals(1, invitations.invitees(m.id()).size());
    }

    @Test
    void agendaItemsMoveAndAreRenumbered() {
        Meeting m = meeting(null, null, "간담회", LocalDate.of(2026, 1, 5));
        AgendaItem a = meetings.saveAgendaItem(AgendaItem.of(m.id(), 0, "인사말씀", 5));
        meetings.saveAgendaItem(AgendaItem.of(m.id(), 0, "현황 보고", 20));
        meetings.saveAgendaItem(AgendaItem.of(m.id(), 0, "자유토론", 60));
        List<AgendaItem> moved = meetings.moveAgendaItem(m.id(), a.id(), 2);
        assertEquals(List.of("현황 보고", "자유토론", "인사말씀"), moved.stream().map(AgendaItem::title).toList());
        assertEquals(List.of(1, 2, 3), moved.stream().map(AgendaItem::position).toList());
    }

    @Test
    void agendaLongerThanTheSlotOverruns() {
        Meeting m = meeting(null, null, "간담회", LocalDate.of(2026, 1, 5));
        meetings.saveAgendaItem(AgendaItem.of(m.id(), 0, "발표", 70));
        assertFalse(meetings.agendaPlan(m.id()).overruns());
        meetings.saveAgendaItem(AgendaItem.of(m.id(), 0, "토론", 60));
        assertEquals(130, meetings.agendaPlan(m.id()).plannedMinutes());
        assertEquals(120, meetings.agendaPlan(m.id()).slotMinutes());
        assertTrue(meetings.agendaPlan(m.id()).overruns());
    }

    @Test
    void deletedAgendaItemComesBack() {
        Meeting m = meeting(null, null, "간담회", LocalDate.of(2026, 1, 5));
        meetings.saveAgendaItem(AgendaItem.of(m.id(), 0, "하나", 5));
        AgendaItem two = meetings.saveAgendaItem(AgendaItem.of(m.id(), 0, "둘", 5));
        Undo undo = meetings.deleteAgendaItem(m.id(), two.id());
        assertEquals(List.of("하나"), meetings.agenda(m.id()).stream().map(AgendaItem::title).toList());
        undo.undo();
        assertEquals(List.of("하나", "둘"), meetings.agenda(m.id()).stream().map(AgendaItem::title).toList());
    }

    @Test
    void titlesWithANumberAreRenumbered() {
        assertEquals("2019년 제2차 정책협의회", MeetingService.renumber("2019년 제1차 정책협의회", 2));
        assertEquals("현장 간담회", MeetingService.renumber("현장 간담회", 5));
    }
}
