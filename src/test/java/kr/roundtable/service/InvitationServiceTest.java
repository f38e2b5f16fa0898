package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.Attendance;
import kr.roundtable.model.AttendanceSummary;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.model.Participant;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Side;
import kr.roundtable.testutil.MeetingBuilder;
import kr.roundtable.testutil.PersonBuilder;
import kr.roundtable.testutil.TestDatabase;

class InvitationServiceTest {
    @TempDir
    Path dir;
    Repositories repos;
    InvitationService invitations;
    Meeting meeting;

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
        invitations = new InvitationService(repos);
        meeting = repos.db().write(() -> repos.meetings().insert(new MeetingBuilder().build()));
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    long person(String name, String org, OrganizationKind kind) {
        return repos.db().write(() -> {
            Organization o = repos.organizations().findOrCreate(org, kind);
            return repos.people().insert(new PersonBuilder().withName(name).withOrganization(o.id()).build());
        }).id();
    }

    @Test
    void invitingSomeoneTwiceIsRefusedWithTheirName() {
        long p = person("홍길동", "한국무역협회", OrganizationKind.ASSOCIATION);
        invitations.invite(meeting.id(), p, Side.RELATED_AGENCY, ParticipantRole.ATTENDEE);
        Refusal r = assertThrows(Refusal.class,
                () -> invitations.invite(meeting.id(), p, Side.COMPANY, ParticipantRole.ATTENDEE));
        assertEquals("invite.error.twice", r.key());
        assertEquals(List.of("홍길동"), List.of(r.args()));
    }

    @Test
    void invitingSeveralTakesTheSideFromTheOrganizationAndSkipsWhoIsThere() {
        long a = person("김차관", "과학기술정보통신부", OrganizationKind.MINISTRY);
        long b = person("이대표", "베어로보틱스", OrganizationKind.STARTUP);
        long c = person("박교수", "서울대학교", OrganizationKind.UNIVERSITY);
        invitations.invite(meeting.id(), b, Side.COMPANY, ParticipantRole.PRESENTER);
        InvitationService.InviteResult result = invitations.inviteAll(meeting.id(), List.of(a, b, c));
        assertEquals(new InvitationService.InviteResult(2, List.of("이대표")), result);
        assertEquals(List.of(Side.COMPANY, Side.GOVERNMENT, Side.EXPERT), invitations.invitees(meeting.id()).stream()
                .map(i -> i.participant().side()).toList());
    }

    @Test
    void attendanceGoesFromInvitedToConfirmedToPresentAndSubstituteNeedsSomeone() {
        long a = person("김대표", "네이버", OrganizationKind.LARGE_COMPANY);
        long sub = person("김부장", "네이버", OrganizationKind.LARGE_COMPANY);
        Participant p = invitations.invite(meeting.id(), a, Side.COMPANY, ParticipantRole.ATTENDEE);
        invitations.setAttendance(p.id(), Attendance.CONFIRMED, null);
        assertEquals("invite.error.substituteMissing", assertThrows(Refusal.class,
                () -> invitations.setAttendance(p.id(), Attendance.SUBSTITUTE, null)).key());
        assertEquals("invite.error.substituteSelf", assertThrows(Refusal.class,
                () -> invitations.setAttendance(p.id(), Attendance.SUBSTITUTE, a)).key());
        invitations.setAttendance(p.id(), Attendance.SUBSTITUTE, sub);
        Invitee invitee = invitations.invitees(meeting.id()).get(0);
        assertEquals(Attendance.SUBSTITUTE, invitee.participant().attendance());
        assertEquals("김부장", invitee.substituteName());
    }

    @Test
    void summaryCountsBySideAndStatus() {
        Participant a = invitations.invite(meeting.id(), person("가", "과학기술정보통신부", OrganizationKind.MINISTRY),
                Side.GOVERNMENT, ParticipantRole.CHAIR);
        Participant b = invitations.invite(meeting.id(), person("나", "기업1", OrganizationKind.SME), Side.COMPANY,
                ParticipantRole.ATTENDEE);
        invitations.invite(meeting.id(), person("다", "기업2", OrganizationKind.SME), Side.COMPANY,
                ParticipantRole.ATTENDEE);
        invitations.setAttendance(a.id(), Attendance.CONFIRMED, null);
        invitations.setAttendance(b.id(), Attendance.DECLINED, null);
        AttendanceSummary s = invitations.summary(meeting.id());
        assertEquals(3, s.total());
        assertEquals(1, s.count(Side.GOVERNMENT));
        assertEquals(2, s.count(Side.COMPANY));
        assertEquals(1, s.count(Attendance.CONFIRMED));
        assertEquals(1, s.count(Attendance.DECLINED));
        assertEquals(1, s.count(Attendance.INVITED));
        assertEquals(1, s.coming());
    }

    @Test
    void copyingAPreviousMeetingsListKeepsSidesAndResetsAttendance() {
        Meeting next = repos.db().write(() -> repos.meetings().insert(new MeetingBuilder().withTitle("다음").build()));
        Participant a = invitations.invite(meeting.id(), person("가", "부처", OrganizationKind.MINISTRY), Side.GOVERNMENT,
                ParticipantRole.CHAIR);
        invitations.setAttendance(a.id(), Attendance.PRESENT, null);
        invitations.invite(meeting.id(), person("나", "기업", OrganizationKind.SME), Side.EXPERT,
                ParticipantRole.PRESENTER);
        assertEquals(new InvitationService.InviteResult(2, List.of()), invitations.copyFrom(meeting.id(), next.id()));
        assertEquals(List.of("GOVERNMENT CHAIR INVITED", "EXPERT PRESENTER INVITED"), invitations.invitees(next.id())
                .stream().map(i -> i.participant().side() + " " + i.participant().role() + " "
                        + i.participant().attendance()).toList());
    }

    @Test
    void removedParticipantComesBackWithUndo() {
        Participant a = invitations.invite(meeting.id(), person("가", "기업", OrganizationKind.SME), Side.COMPANY,
                ParticipantRole.ATTENDEE);
        Undo undo = invitations.remove(a.id());
        assertEquals(List.of(), invitations.invitees(meeting.id()));
        undo.undo();
        assertEquals(List.of(a.id()), invitations.invitees(meeting.id()).stream().map(i -> i.participant().id())
                .toList());
    }
}
