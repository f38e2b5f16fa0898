package kr.roundtable.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "6월까지, 2026-06-30",
            "6월 말까지, 2026-06-30",
            "2월까지, 2027-02-28",
            "연내, 2026-12-31",
            "연말까지, 2026-12-31",
            "상반기, 2026-06-30",
            "상반기 중, 2026-06-30",
            "하반기, 2026-12-31",
            "3분기, 2026-09-30",
            "내년 상반기, 2027-06-30",
            "2026-07-15, 2026-07-15",
            "2026.7.15, 2026-07-15",
            "7월 15일, 2026-07-15",
            "7월 15일까지, 2026-07-15",
            "7/15, 2026-07-15",
            "2027년 3월, 2027-03-31"})
    void deadlinesAsOfficialsSayThem(String said, LocalDate expected) {
        assertEquals(Optional.of(expected), DueDates.parse(said, TODAY));
    }

    @ParameterizedTest
    @CsvSource({"추후 확정", "중장기", "검토 후", "13월까지"})
    void vagueDeadlinesHaveNoDate(String said) {
        assertEquals(Optional.empty(), DueDates.parse(said, TODAY));
    }
}
