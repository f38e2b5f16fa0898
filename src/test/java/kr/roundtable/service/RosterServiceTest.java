package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.model.Participant;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Person;
import kr.roundtable.model.PersonHistory;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.RosterEntry;
import kr.roundtable.model.Side;
import kr.roundtable.testutil.MeetingBuilder;
import kr.roundtable.testutil.PersonBuilder;
import kr.roundtable.testutil.TestDatabase;

class RosterServiceTest {
    @TempDir
    Path dir;
    Repositories repos;
    RosterService roster;

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
        roster = new RosterService(repos);
        save("홍길동", "한국무역협회", "수출지원팀", "본부장", "010-1234-5678", "hong@kita.example");
        save("김철수", "네이버", "대외협력실", "이사", "02-597-8140", "kim@naver.example");
        save("이영희", "과학기술정보통신부", "정보통신산업정책과", "과장", null, null);
        save("박인력", "중소벤처기업부", "인력정책과", "사무관", null, null);
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    RosterEntry save(String name, String org, String dept, String title, String phone, String email) {
        return roster.save(new Person(0, name, null, dept, title, null, phone, email, null, null), org,
                OrganizationKind.OTHER);
    }

    List<String> names(String query) {
        return roster.search(query).stream().map(e -> e.person().name()).toList();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "ㅎㄱㄷ, 홍길동",
            "ㄴㅇㅂ, 김철수",
            "수출, 홍길동",
            "인력, 박인력",
            "길동, 홍길동",
            "무역, 홍길동",
            "정보통신, 이영희",
            "5678, 홍길동",
            "01012345678, 홍길동",
            "02-597, 김철수",
            "KIM@NAVER, 김철수",
            "과장, 이영희",
            "ㅎㄱㄷ 무역, 홍길동"})
    void koreanSearchFindsWhatAKoreanUserTypes(String query, String expected) {
        assertEquals(List.of(expected), names(query));
    }

    @Test
    void searchWithNoMatchIsEmptyAndBlankShowsEveryone() {
        assertEquals(List.of(), names("존재하지않는사람"));
        assertEquals(List.of("김철수", "박인력", "이영희", "홍길동"), names("  "));
    }

    @Test
    void likeWildcardsInTheQueryAreTakenLiterally() {
        assertEquals(List.of(), names("%"));
        assertEquals(List.of(), names("_"));
    }

    @Test
    void organizationTypedOnTheSpotIsCreatedAndPhoneNormalised() {
        RosterEntry e = save("최신규", "새로운기업", null, "대표", "+82 10 9999 0000", null);
        assertEquals("새로운기업", e.organizationName());
        assertEquals("010-9999-0000", e.person().phone());
        assertTrue(roster.organizations().stream().anyMatch(o -> o.name().equals("새로운기업")));
    }

    @Test
    void renamingAnOrganizationMakesItsPeopleFoundByTheNewName() {
        Organization naver = roster.organizations().stream().filter(o -> o.name().equals("네이버")).findFirst()
                .orElseThrow();
        roster.saveOrganization(new Organization(naver.id(), "네이버클라우드", naver.kind(), naver.sector()));
        assertEquals(List.of("김철수"), names("클라우드"));
    }

    @Test
    void renamingToAnExistingOrganizationIsRefused() {
        Organization naver = roster.organizations().stream().filter(o -> o.name().equals("네이버")).findFirst()
                .orElseThrow();
        Refusal r = assertThrows(Refusal.class, () -> roster.saveOrganization(
                new Organization(naver.id(), "한국무역협회", naver.kind(), null)));
        assertEquals("roster.error.organizationExists", r.key());
    }

    @Test
    void deleteCanBeUndoneWithTheSameId() {
        RosterEntry kim = roster.search("김철수").get(0);
        Undo undo = roster.delete(kim.person().id());
        assertEquals(List.of(), names("김철수"));
        undo.undo();
        assertEquals(kim, roster.search("김철수").get(0));
    }

    @Test
    void personInAMeetingCannotBeDeleted() {
        long id = roster.search("홍길동").get(0).person().id();
        Meeting m = repos.db().write(() -> repos.meetings().insert(new MeetingBuilder().build()));
        new InvitationService(repos).invite(m.id(), id, Side.COMPANY, ParticipantRole.ATTENDEE);
        Refusal r = assertThrows(Refusal.class, () -> roster.delete(id));
        assertEquals("roster.error.inMeetings", r.key());
    }

    @Test
    void mergeMovesParticipationsAndRemarksAndFillsMissingFields() {
        long keep = roster.search("홍길동").get(0).person().id();
        long drop = roster.save(new PersonBuilder().withName("홍길동").withTitle(null).withPhone(null).build(),
                "한국무역협회 ", OrganizationKind.ASSOCIATION).person().id();
        Meeting both = repos.db().write(() -> repos.meetings().insert(new MeetingBuilder().withTitle("둘 다 온 회의").build()));
        Meeting onlyDrop = repos.db().write(() -> repos.meetings().insert(new MeetingBuilder().withTitle("한쪽만 온 회의")
                .build()));
        InvitationService invitations = new InvitationService(repos);
        invitations.invite(both.id(), keep, Side.COMPANY, ParticipantRole.ATTENDEE);
        Participant dropInBoth = invitations.invite(both.id(), drop, Side.COMPANY, ParticipantRole.ATTENDEE);
        Participant dropAlone = invitations.invite(onlyDrop.id(), drop, Side.COMPANY, ParticipantRole.ATTENDEE);
        repos.db().write(() -> {
            repos.remarks().insert(Remark.of(both.id(), null, dropInBoth.id(), RemarkKind.REQUEST, null,
                    "수출 바우처 한도를 늘려 주십시오.", LocalDateTime.of(2026, 3, 5, 14, 0)));
            Remark r = repos.remarks().insert(Remark.of(onlyDrop.id(), null, dropAlone.id(), RemarkKind.DIFFICULTY,
                    null, "해외 인증 비용이 큽니다.", LocalDateTime.of(2026, 4, 5, 14, 0)));
            return repos.followUps().insert(FollowUp.planned(r.id(), "수출지원과", null, null));
        });

        RosterEntry merged = roster.merge(keep, drop);

        assertEquals(List.of("홍길동"), names("홍길동"));
        assertEquals("010-1234-5678", merged.person().phone());
        PersonHistory history = roster.history(keep);
        assertEquals(List.of("둘 다 온 회의", "한쪽만 온 회의"), history.participations().stream()
                .map(PersonHistory.Participation::meetingTitle).sorted().toList());
        assertEquals(List.of("수출 바우처 한도를 늘려 주십시오.", "해외 인증 비용이 큽니다."), history.remarks().stream()
                .map(PersonHistory.RaisedRemark::text).sorted().toList());
        assertEquals(List.of(FollowUpStatus.PLANNED), history.remarks().stream()
                .filter(r -> r.text().startsWith("해외")).findFirst().orElseThrow().followUps());
        assertEquals(1, repos.db().read(() -> repos.meetings().participants(both.id())).size());
    }

    @Test
    void mergingAPersonWithThemselvesIsRefused() {
        long id = roster.search("홍길동").get(0).person().id();
        assertEquals("roster.error.mergeSelf", assertThrows(Refusal.class, () -> roster.merge(id, id)).key());
    }

    @Test
    void rowsWithoutSearchTextAreIndexedAtStart() {
        repos.db().write(() -> kr.roundtable.storage.StorageTestAccess.clearSearchText(repos.db()));
        assertEquals(List.of(), names("수출"));
        assertEquals(4, roster.reindexMissing());
        assertEquals(List.of("홍길동"), names("수출"));
    }
}
