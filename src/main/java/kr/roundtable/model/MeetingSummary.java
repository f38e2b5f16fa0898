package kr.roundtable.model;

import java.time.LocalDate;

/** One row of the meetings list: the meeting with its series name resolved. */
public record MeetingSummary(long id, String seriesName, Integer ordinal, LocalDate date, String title,
                             String venue, MeetingStatus status) {
    /** "제16차", or empty when the meeting is not numbered. */
    public String ordinalLabel() {
        return Ordinals.label(ordinal);
    }
}
