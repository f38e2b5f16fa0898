package kr.roundtable.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * 간담회: one meeting, optionally the {@code ordinal}-th of a series.
 * Hosts (주최) and co-hosts (주관) are organization ids in display order; the chair (주재) is a person.
 */
public record Meeting(long id, Long seriesId, Integer ordinal, String title, MeetingKind kind,
                      LocalDate date, LocalTime startTime, LocalTime endTime, String venue,
                      List<Long> hostIds, List<Long> coHostIds, Long chairPersonId, String purpose,
                      MeetingStatus status) {
    public Meeting {
        title = Text.require(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        venue = Text.blankToNull(venue);
        purpose = Text.blankToNull(purpose);
        hostIds = List.copyOf(hostIds == null ? List.of() : hostIds);
        coHostIds = List.copyOf(coHostIds == null ? List.of() : coHostIds);
        if (ordinal != null && ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be positive: " + ordinal);
        }
        if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
            throw new IllegalArgumentException("end time " + endTime + " is before start time " + startTime);
        }
    }

    public static Meeting draft(String title, LocalDate date) {
        return new Meeting(0, null, null, title, MeetingKind.ROUNDTABLE, date, null, null, null,
                List.of(), List.of(), null, null, MeetingStatus.PREPARING);
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, seriesId, ordinal, title, kind, date, startTime, endTime, venue,
                hostIds, coHostIds, chairPersonId, purpose, status);
    }

    public Meeting withStatus(MeetingStatus newStatus) {
        return new Meeting(id, seriesId, ordinal, title, kind, date, startTime, endTime, venue,
                hostIds, coHostIds, chairPersonId, purpose, newStatus);
    }
}
