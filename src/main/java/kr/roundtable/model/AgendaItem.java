package kr.roundtable.model;

import java.time.LocalDateTime;

/** 안건: an ordered agenda item; {@code presenterId} is a participant; actual times are recorded live. */
public record AgendaItem(long id, long meetingId, int position, String title, String description,
                         Long presenterId, Integer plannedMinutes, LocalDateTime actualStart,
                         LocalDateTime actualEnd) {
    public AgendaItem {
        title = Text.require(title, "title");
        description = Text.blankToNull(description);
        if (plannedMinutes != null && plannedMinutes < 0) {
            throw new IllegalArgumentException("planned minutes must not be negative: " + plannedMinutes);
        }
    }

    public static AgendaItem of(long meetingId, int position, String title, Integer plannedMinutes) {
        return new AgendaItem(0, meetingId, position, title, null, null, plannedMinutes, null, null);
    }

    public AgendaItem withId(long newId) {
        return new AgendaItem(newId, meetingId, position, title, description, presenterId, plannedMinutes,
                actualStart, actualEnd);
    }

    public AgendaItem withPosition(int newPosition) {
        return new AgendaItem(id, meetingId, newPosition, title, description, presenterId, plannedMinutes,
                actualStart, actualEnd);
    }
}
