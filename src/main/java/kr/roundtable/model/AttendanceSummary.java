package kr.roundtable.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Counts of a meeting's participants by side (정부측, 기업측, …) and by attendance (초청, 참석확정, …). */
public record AttendanceSummary(Map<Side, Integer> bySide, Map<Attendance, Integer> byAttendance, int total) {
    public AttendanceSummary {
        bySide = Map.copyOf(bySide);
        byAttendance = Map.copyOf(byAttendance);
    }

    public static AttendanceSummary of(Collection<Participant> participants) {
        Map<Side, Integer> sides = new EnumMap<>(Side.class);
        Map<Attendance, Integer> attendance = new EnumMap<>(Attendance.class);
        for (Participant p : participants) {
            sides.merge(p.side(), 1, Integer::sum);
            attendance.merge(p.attendance(), 1, Integer::sum);
        }
        return new AttendanceSummary(sides, attendance, participants.size());
    }

    public int count(Side side) {
        return bySide.getOrDefault(side, 0);
    }

    public int count(Attendance value) {
        return byAttendance.getOrDefault(value, 0);
    }

    /** Who is expected or came: 참석확정, 참석 and 대리참석. */
    public int coming() {
        return count(Attendance.CONFIRMED) + count(Attendance.PRESENT) + count(Attendance.SUBSTITUTE);
    }
}
