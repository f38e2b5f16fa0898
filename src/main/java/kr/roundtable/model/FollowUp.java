package kr.roundtable.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * 후속조치: work the ministry committed to because of a remark. {@code dueText} keeps what was said
 * ("6월까지") next to the resolved {@code dueDate}.
 */
public record FollowUp(long id, long remarkId, String department, String owner, LocalDate dueDate, String dueText,
                       FollowUpStatus status, String result, List<ProgressNote> notes, LocalDateTime updatedAt) {
    public FollowUp {
        Objects.requireNonNull(status, "status");
        department = Text.blankToNull(department);
        owner = Text.blankToNull(owner);
        dueText = Text.blankToNull(dueText);
        result = Text.blankToNull(result);
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    public static FollowUp planned(long remarkId, String department, LocalDate dueDate, String dueText) {
        return new FollowUp(0, remarkId, department, null, dueDate, dueText, FollowUpStatus.PLANNED, null,
                List.of(), null);
    }

    public FollowUp withId(long newId) {
        return new FollowUp(newId, remarkId, department, owner, dueDate, dueText, status, result, notes, updatedAt);
    }

    /** Whether the follow-up is still open and its due date has passed on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today)
                && (status == FollowUpStatus.PLANNED || status == FollowUpStatus.IN_PROGRESS);
    }

    /** A dated progress note (추진경과). */
    public record ProgressNote(LocalDate date, String text) {
        public ProgressNote {
            Objects.requireNonNull(date, "date");
            text = Text.require(text, "text");
        }
    }
}
