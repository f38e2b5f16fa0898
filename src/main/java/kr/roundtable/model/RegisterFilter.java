package kr.roundtable.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which follow-ups a register lists: one meeting, one series, or all; optionally only some statuses, one
 * department, or only the overdue ones (still open and past due on {@code today}).
 */
public record RegisterFilter(Long meetingId, Long seriesId, Set<FollowUpStatus> statuses, String department,
                             boolean overdueOnly, LocalDate today) {
    public RegisterFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        department = Text.blankToNull(department);
    }

    public static RegisterFilter all(LocalDate today) {
        return new RegisterFilter(null, null, Set.of(), null, false, today);
    }

    public static RegisterFilter meeting(long meetingId, LocalDate today) {
        return new RegisterFilter(meetingId, null, Set.of(), null, false, today);
    }
}
