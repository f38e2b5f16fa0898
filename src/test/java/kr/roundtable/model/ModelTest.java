package kr.roundtable.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelTest {
    @ParameterizedTest
    @CsvSource({"1, 제1차", "16, 제16차", "120, 제120차"})
    void ordinalsReadAsKoreanNumbering(int ordinal, String label) {
        assertEquals(label, Ordinals.label(ordinal));
    }

    @Test
    void firstMeetingOfASeriesIsNumberOne() {
        assertEquals(1, Ordinals.next(null));
        assertEquals(17, Ordinals.next(16));
        assertEquals("", Ordinals.label(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "디지털 국정과제 연속 현장 간담회|16|디지털 국정과제 연속 현장 간담회|제16차 디지털 국정과제 연속 현장 간담회",
            "중기부·산업부 정책협의회|1|2019년 제1차 정책협의회|2019년 제1차 정책협의회",
            "수출 현장 간담회|3|반도체 기업 간담회|수출 현장 간담회 제3차 반도체 기업 간담회",
            "|   |디지털 유니콘·스타트업 간담회|디지털 유니콘·스타트업 간담회"})
    void documentsNameTheMeetingWithItsNumberOnce(String series, Integer ordinal, String title, String expected) {
        assertEquals(expected, Ordinals.fullTitle(series, ordinal, title));
    }

    @Test
    void fullWidthAndTrailingSpacesAreTrimmed() {
        assertEquals("홍길동", Text.blankToNull("\u3000홍길동 \u3000"));
        assertNull(Text.blankToNull(" \u3000 "));
    }

    @Test
    void meetingEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Meeting(0, null, null, "간담회", MeetingKind.ROUNDTABLE,
                LocalDate.of(2026, 1, 1), LocalTime.of(15, 0), LocalTime.of(14, 0), null, List.of(), List.of(), null,
                null, MeetingStatus.PREPARING));
    }

    @Test
    void blankNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Person.of("  ", null, null));
        assertThrows(IllegalArgumentException.class, () -> Organization.of("\u3000", OrganizationKind.OTHER));
    }

    @Test
    void answerMustReplyToARemark() {
        assertThrows(IllegalArgumentException.class, () -> new Remark(0, 1, null, null, RemarkKind.ANSWER, null,
                "답변", LocalDateTime.now(), null, Disposition.ACCEPTED, false));
    }

    @Test
    void substituteIsDroppedUnlessAttendanceIsSubstitute() {
        Participant p = new Participant(0, 1, 2, Side.COMPANY, ParticipantRole.ATTENDEE, Attendance.PRESENT, 9L, null,
                null);
        assertNull(p.substitutePersonId());
    }

    @Test
    void seatOutsideThePlanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SeatingPlan(0, 1, SeatingLayout.ROUND, 8, true,
                List.of(new SeatingPlan.Seat(9, 1))));
    }

    @Test
    void openFollowUpPastItsDueDateIsOverdue() {
        FollowUp f = FollowUp.planned(1, "산업정책과", LocalDate.of(2026, 6, 30), "6월까지");
        assertEquals(true, f.isOverdue(LocalDate.of(2026, 7, 1)));
        assertEquals(false, f.isOverdue(LocalDate.of(2026, 6, 30)));
    }

    @Test
    void enumLabelKeysNameTypeAndConstant() {
        assertEquals("enum.Disposition.PARTIALLY_ACCEPTED", Disposition.PARTIALLY_ACCEPTED.labelKey());
    }
}
