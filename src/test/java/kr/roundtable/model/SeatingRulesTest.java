package kr.roundtable.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SeatingRulesTest {
    private static final TitleLevels LEVELS = TitleLevels.standard();

    static Precedence.Attendee a(long id, String name, String title, OrganizationKind kind, Side side,
                                 ParticipantRole role, Integer born) {
        return new Precedence.Attendee(id, name, title, "기관" + id, kind, side, role, born);
    }

    static List<String> names(List<Precedence.Attendee> ranked) {
        return ranked.stream().map(Precedence.Attendee::name).toList();
    }

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource({"장관, 차관", "차관, 실장", "실장, 국장", "국장, 과장", "제2차관, 실장", "회장, 부회장", "부회장, 대표이사",
            "대표이사, 사장", "사장, 부사장", "부사장, 전무", "전무, 상무", "상무, 이사", "원장, 본부장", "본부장, 팀장",
            "차관, 대표이사", "교수, 팀장"})
    void titlesRankByTheirLevel(String senior, String junior) {
        assertTrue(LEVELS.level(senior) < LEVELS.level(junior), senior + " " + LEVELS.level(senior) + " / " + junior
                + " " + LEVELS.level(junior));
    }

    @Test
    void chairComesFirstWhateverTheTitle() {
        List<Precedence.Attendee> ranked = Precedence.rank(List.of(
                a(1, "회장님", "회장", OrganizationKind.ASSOCIATION, Side.COMPANY, ParticipantRole.ATTENDEE, null),
                a(2, "차관님", "제2차관", OrganizationKind.MINISTRY, Side.GOVERNMENT, ParticipantRole.CHAIR, null),
                a(3, "실장님", "실장", OrganizationKind.MINISTRY, Side.GOVERNMENT, ParticipantRole.ATTENDEE, null)),
                LEVELS, true);
        assertEquals(List.of("차관님", "회장님", "실장님"), names(ranked));
    }

    @Test
    void sidesRankedSeparatelyPutTheGovernmentSideFirst() {
        List<Precedence.Attendee> people = List.of(
                a(1, "회장", "회장", OrganizationKind.ASSOCIATION, Side.COMPANY, ParticipantRole.ATTENDEE, null),
                a(2, "국장", "국장", OrganizationKind.MINISTRY, Side.GOVERNMENT, ParticipantRole.ATTENDEE, null),
                a(3, "대표", "대표이사", OrganizationKind.SME, Side.COMPANY, ParticipantRole.ATTENDEE, null));
        assertEquals(List.of("국장", "회장", "대표"), names(Precedence.rank(people, LEVELS, false)));
        assertEquals(List.of("회장", "대표", "국장"), names(Precedence.rank(people, LEVELS, true)));
    }

    @Test
    void tiesGoToOrganizationRankThenHeadThenAge() {
        List<Precedence.Attendee> people = List.of(
                a(1, "중소기업 대표", "대표이사", OrganizationKind.SME, Side.COMPANY, ParticipantRole.ATTENDEE, 1970),
                a(2, "대기업 대표", "대표이사", OrganizationKind.LARGE_COMPANY, Side.COMPANY, ParticipantRole.ATTENDEE, 1975),
                a(3, "젊은 본부장", "본부장", OrganizationKind.SME, Side.COMPANY, ParticipantRole.ATTENDEE, 1985),
                a(4, "나이 든 본부장", "본부장", OrganizationKind.SME, Side.COMPANY, ParticipantRole.ATTENDEE, 1960));
        assertEquals(List.of("대기업 대표", "중소기업 대표", "나이 든 본부장", "젊은 본부장"),
                names(Precedence.rank(people, LEVELS, true)));
    }

    @Test
    void overrideOrderWinsAndNewcomersFollow() {
        List<Precedence.Attendee> ranked = List.of(
                a(1, "가", "장관", OrganizationKind.MINISTRY, Side.GOVERNMENT, ParticipantRole.CHAIR, null),
                a(2, "나", "차관", OrganizationKind.MINISTRY, Side.GOVERNMENT, ParticipantRole.ATTENDEE, null),
                a(3, "다", "국장", OrganizationKind.MINISTRY, Side.GOVERNMENT, ParticipantRole.ATTENDEE, null));
        assertEquals(List.of("가", "다", "나"), names(Precedence.withOverride(ranked, List.of(1L, 3L))));
    }

    static Stream<Arguments> layouts() {
        List<Arguments> out = new ArrayList<>();
        for (SeatingLayout layout : SeatingLayout.values()) {
            for (int n : new int[] {8, 13, 20}) {
                for (boolean rightFirst : new boolean[] {true, false}) {
                    out.add(Arguments.of(layout, n, rightFirst));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} with {1} seats, right first {2}")
    @MethodSource("layouts")
    void headSeatIsCentredAndTheNextAlternateRightAndLeft(SeatingLayout layout, int n, boolean rightFirst) {
        SeatingGeometry.Plan plan = SeatingGeometry.plan(layout, n, rightFirst);
        assertEquals(n, plan.seats().size());
        Set<String> places = new HashSet<>();
        for (SeatingGeometry.Spot s : plan.seats()) {
            assertTrue(s.x() >= 0 && s.x() <= SeatingGeometry.WIDTH && s.y() >= 0 && s.y() <= SeatingGeometry.HEIGHT,
                    "seat " + s.number() + " inside the plan");
            assertTrue(places.add(Math.round(s.x()) + "," + Math.round(s.y())), "seat " + s.number() + " has its own place");
        }
        SeatingGeometry.Spot head = plan.seat(1);
        assertEquals(500, head.x(), 60, "the head seat is at the centre of the head side");
        assertTrue(plan.seats().stream().filter(s -> s.group() != SeatingGeometry.Group.ROWS)
                .allMatch(s -> s.y() >= head.y() - 0.01), "nothing is above the head seat");
        // the chair faces the door, so the chair's right is the drawing's left
        SeatingGeometry.Spot second = plan.seat(2);
        SeatingGeometry.Spot third = plan.seat(3);
        if (rightFirst) {
            assertTrue(second.x() < head.x() && third.x() > head.x(), "우좌: 2 on the chair's right, 3 on the left");
        } else {
            assertTrue(second.x() > head.x() && third.x() < head.x(), "좌우: 2 on the chair's left, 3 on the right");
        }
    }

    static List<Precedence.Attendee> meeting(int governmentCount, int companyCount) {
        List<Precedence.Attendee> people = new ArrayList<>();
        String[] gov = {"장관", "차관", "실장", "국장", "국장", "과장", "과장", "사무관"};
        for (int i = 0; i < governmentCount; i++) {
            people.add(a(i + 1, "정부" + (i + 1), gov[Math.min(i, gov.length - 1)], OrganizationKind.MINISTRY,
                    Side.GOVERNMENT, i == 0 ? ParticipantRole.CHAIR : ParticipantRole.ATTENDEE, null));
        }
        for (int i = 0; i < companyCount; i++) {
            people.add(a(100 + i, "기업" + (i + 1), i == 0 ? "회장" : "대표이사", OrganizationKind.SME, Side.COMPANY,
                    ParticipantRole.ATTENDEE, 1950 + i));
        }
        return Precedence.rank(people, LEVELS, false);
    }

    @ParameterizedTest(name = "{0} people in {1}")
    @CsvSource({"8, ROUND", "13, ROUND", "20, ROUND", "8, HOLLOW_SQUARE", "13, U_SHAPE", "20, HEAD_TABLE",
            "20, CLASSROOM"})
    void autoArrangeSeatsTheRankingInProtocolOrder(int n, SeatingLayout layout) {
        List<Precedence.Attendee> ranked = meeting(3, n - 3);
        List<SeatingPlan.Seat> seats = Arrangement.arrange(SeatingGeometry.plan(layout, n, true), ranked);
        assertEquals(n, seats.size());
        for (int i = 0; i < n; i++) {
            assertEquals(ranked.get(i).participantId(), seats.get(i).participantId(), "seat " + (i + 1));
        }
        assertEquals(1L, seats.get(0).participantId(), "the chair at the head seat");
    }

    @ParameterizedTest(name = "마주보기 with {0} government and {1} companies")
    @CsvSource({"4, 4", "6, 7", "10, 10", "3, 10"})
    void facingPutsTheSidesOppositeWithTheirSeniorsFaceToFace(int government, int companies) {
        int n = government + companies;
        SeatingGeometry.Plan plan = SeatingGeometry.plan(SeatingLayout.FACING, n, true);
        List<Precedence.Attendee> ranked = meeting(government, companies);
        List<SeatingPlan.Seat> seats = Arrangement.arrange(plan, ranked);
        assertEquals(n, seats.size());
        assertEquals(n, seats.stream().map(SeatingPlan.Seat::participantId).distinct().count());
        SeatingPlan.Seat chair = seats.stream().filter(s -> s.participantId() == 1L).findFirst().orElseThrow();
        SeatingPlan.Seat seniorCompany = seats.stream().filter(s -> s.participantId() == 100L).findFirst().orElseThrow();
        assertEquals(1, chair.number());
        SeatingGeometry.Spot chairSpot = plan.seat(chair.number());
        SeatingGeometry.Spot companySpot = plan.seat(seniorCompany.number());
        assertEquals(SeatingGeometry.Group.BOTTOM, companySpot.group());
        assertEquals(chairSpot.x(), companySpot.x(), 60, "the senior company representative sits opposite the chair");
        int topSeats = (int) plan.seats().stream().filter(s -> s.group() != SeatingGeometry.Group.BOTTOM).count();
        long governmentOnTop = seats.stream().filter(s -> s.participantId() < 100
                && plan.seat(s.number()).group() != SeatingGeometry.Group.BOTTOM).count();
        assertEquals(Math.min(government, topSeats), governmentOnTop);
    }

    @ParameterizedTest(name = "{0} with {2} of {1} seats on the head side")
    @CsvSource({"FACING, 10, 4", "FACING, 10, 10", "FACING, 7, 1", "CLASSROOM, 20, 9", "CLASSROOM, 5, 2"})
    void headSideTakesTheChosenNumberOfSeats(SeatingLayout layout, int n, int head) {
        SeatingGeometry.Plan plan = SeatingGeometry.plan(layout, n, true, head);
        assertEquals(n, plan.seats().size());
        long onHeadSide = plan.seats().stream().filter(s -> s.group() == SeatingGeometry.Group.HEAD
                || s.group() == SeatingGeometry.Group.TOP).count();
        assertEquals(head, onHeadSide);
        assertEquals(SeatingGeometry.Group.HEAD, plan.seat(1).group());
        for (int k = 2; k <= head; k++) {
            assertEquals(SeatingGeometry.Group.TOP, plan.seat(k).group(), "seats 1.." + head + " are the head side");
        }
        assertEquals(plan, new SeatingPlan(0, 1, layout, n, true, List.of(), head).geometry());
        assertEquals(SeatingGeometry.plan(layout, n, true), new SeatingPlan(0, 1, layout, n, true, List.of(), n + 1)
                .geometry(), "an impossible count falls back to the default split");
    }

    @Test
    void closingUpFillsTheGapInOrder() {
        List<SeatingPlan.Seat> seats = List.of(new SeatingPlan.Seat(1, 10), new SeatingPlan.Seat(2, 20),
                new SeatingPlan.Seat(4, 40), new SeatingPlan.Seat(5, 50));
        assertEquals(List.of(new SeatingPlan.Seat(1, 10), new SeatingPlan.Seat(2, 20), new SeatingPlan.Seat(3, 40),
                new SeatingPlan.Seat(4, 50)), Arrangement.closeUp(seats));
    }

    @Test
    void placingOnATakenSeatSwapsTheTwo() {
        List<SeatingPlan.Seat> seats = List.of(new SeatingPlan.Seat(1, 10), new SeatingPlan.Seat(2, 20));
        assertEquals(List.of(new SeatingPlan.Seat(1, 20), new SeatingPlan.Seat(2, 10)), Arrangement.place(seats, 1, 20));
        assertEquals(List.of(new SeatingPlan.Seat(1, 10), new SeatingPlan.Seat(2, 20), new SeatingPlan.Seat(3, 30)),
                Arrangement.place(seats, 3, 30));
        assertEquals(List.of(new SeatingPlan.Seat(2, 20)), Arrangement.clear(seats, 1));
    }

    @Test
    void captionReadsLikeTheArticles() {
        List<PhotoCaption.Person> line = List.of(new PhotoCaption.Person("홍길동", "한국무역협회", "회장"),
                new PhotoCaption.Person("이종호", "과학기술정보통신부", "장관"),
                new PhotoCaption.Person("김철수", "베어로보틱스", "대표"));
        assertEquals("(왼쪽부터) 홍길동 한국무역협회 회장, 이종호 과학기술정보통신부 장관, 김철수 베어로보틱스 대표",
                PhotoCaption.of(line));
    }

    @Test
    void standingLinePutsTheChairInTheMiddleAndTheSecondOnTheChairsRight() {
        assertEquals(List.of("4", "2", "1", "3", "5"), PhotoCaption.standingLine(List.of("1", "2", "3", "4", "5"), true));
        assertEquals(List.of("5", "3", "1", "2", "4"), PhotoCaption.standingLine(List.of("1", "2", "3", "4", "5"), false));
    }
}
