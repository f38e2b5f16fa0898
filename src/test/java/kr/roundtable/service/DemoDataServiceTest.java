package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.model.Participant;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Person;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.testutil.TestDatabase;

class DemoDataServiceTest {
    @TempDir
    Path dir;
    Repositories repos;

    @BeforeEach
    void load() {
        repos = TestDatabase.repositories(dir);
        new DemoDataService(repos).load();
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    private MeetingSummary summary(String title) {
        return new MeetingService(repos).meetings().stream().filter(m -> m.title().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void theThreeArticleMeetingsAreThereWithSeriesNumberAndDate() {
        List<String> rows = new MeetingService(repos).meetings().stream()
                .map(m -> m.seriesName() + "|" + m.ordinalLabel() + "|" + m.date() + "|" + m.title()).toList();
        assertEquals(List.of(
                "디지털 국정과제 연속 현장 간담회|제16차|2023-02-08|디지털 국정과제 연속 현장 간담회",
                "null||2022-09-18|디지털 유니콘·스타트업 간담회",
                "중기부·산업부 정책협의회|제1차|2019-04-22|2019년 제1차 정책협의회"), rows);
    }

    @Test
    void policyCouncilHasTheFiveTopicsOfTheArticleAndItsHosts() {
        long id = summary("2019년 제1차 정책협의회").id();
        List<String> topics = repos.db().read(() -> repos.meetings().agenda(id)).stream().map(AgendaItem::title)
                .toList();
        assertEquals(List.of("수출마케팅 강화", "중소·중견기업 연구개발(R&D) 연계", "스마트공장 확산", "규제자유특구 활용", "제조업 창업 활성화"),
                topics);
        Meeting meeting = repos.db().read(() -> repos.meetings().find(id)).orElseThrow();
        List<String> hosts = repos.db().read(() -> meeting.hostIds().stream()
                .map(h -> repos.organizations().find(h).orElseThrow().name()).toList());
        List<String> coHosts = repos.db().read(() -> meeting.coHostIds().stream()
                .map(h -> repos.organizations().find(h).orElseThrow().name()).toList());
        assertEquals(List.of("중소벤처기업부"), hosts);
        assertEquals(List.of("산업통상자원부"), coHosts);
        assertEquals("서울 종로 한국생산성본부", meeting.venue());
    }

    @Test
    void chairsAreThePeopleTheArticlesName() {
        List<String> chairs = new MeetingService(repos).meetings().stream().map(m -> repos.db().read(() -> {
            Meeting meeting = repos.meetings().find(m.id()).orElseThrow();
            Person chair = repos.people().find(meeting.chairPersonId()).orElseThrow();
            Participant seat = repos.meetings().participants(m.id()).stream()
                    .filter(p -> p.role() == ParticipantRole.CHAIR).findFirst().orElseThrow();
            return chair.name() + " " + seat.organizationName() + " " + seat.title();
        })).toList();
        assertEquals(List.of("박윤규 과학기술정보통신부 제2차관", "이종호 과학기술정보통신부 장관", "김학도 중소벤처기업부 차관"), chairs);
    }

    @Test
    void remarksHaveAnswersAndFollowUpsWithTheArticlesDeadline() {
        long id = summary("2019년 제1차 정책협의회").id();
        List<Remark> remarks = repos.db().read(() -> repos.remarks().ofMeeting(id));
        assertTrue(remarks.stream().anyMatch(r -> r.kind() == RemarkKind.ANSWER && r.disposition() != null));
        List<FollowUp> followUps = repos.db().read(() -> repos.followUps().ofMeeting(id));
        assertTrue(followUps.stream().anyMatch(f -> "6월까지".equals(f.dueText())
                && LocalDate.of(2019, 6, 30).equals(f.dueDate())), followUps.toString());
    }

    @Test
    void loadingIntoANonEmptyDatabaseIsRefused() {
        assertThrows(IllegalStateException.class, () -> new DemoDataService(repos).load());
        assertEquals(3, new MeetingService(repos).meetings().size());
    }
}
