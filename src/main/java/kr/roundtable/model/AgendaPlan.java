package kr.roundtable.model;

import java.time.Duration;
import java.util.List;

/** Planned time of an agenda against the meeting's slot (start to end). */
public record AgendaPlan(int plannedMinutes, Integer slotMinutes) {
    public static AgendaPlan of(List<AgendaItem> items, Meeting meeting) {
        int planned = items.stream().mapToInt(i -> i.plannedMinutes() == null ? 0 : i.plannedMinutes()).sum();
        Integer slot = meeting.startTime() == null || meeting.endTime() == null ? null
                : (int) Duration.between(meeting.startTime(), meeting.endTime()).toMinutes();
        return new AgendaPlan(planned, slot);
    }

    public boolean overruns() {
        return slotMinutes != null && plannedMinutes > slotMinutes;
    }
}
