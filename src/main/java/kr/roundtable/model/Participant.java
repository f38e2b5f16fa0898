package kr.roundtable.model;

import java.util.Objects;

/**
 * 참석자: a person in one meeting. {@code title} and {@code organizationName} are what the person held at the
 * time of the meeting, so history reads right after a promotion. {@code substitutePersonId} is who came instead
 * when attendance is 대리참석.
 */
public record Participant(long id, long meetingId, long personId, Side side, ParticipantRole role,
                          Attendance attendance, Long substitutePersonId, String title, String organizationName) {
    public Participant {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(attendance, "attendance");
        title = Text.blankToNull(title);
        organizationName = Text.blankToNull(organizationName);
        if (attendance != Attendance.SUBSTITUTE) {
            substitutePersonId = null;
        }
    }

    public static Participant invited(long meetingId, long personId, Side side, ParticipantRole role) {
        return new Participant(0, meetingId, personId, side, role, Attendance.INVITED, null, null, null);
    }

    public Participant withId(long newId) {
        return new Participant(newId, meetingId, personId, side, role, attendance, substitutePersonId, title,
                organizationName);
    }

    public Participant withAttendance(Attendance newAttendance, Long substitute) {
        return new Participant(id, meetingId, personId, side, role, newAttendance, substitute, title,
                organizationName);
    }

    public Participant withSnapshot(String heldTitle, String heldOrganization) {
        return new Participant(id, meetingId, personId, side, role, attendance, substitutePersonId, heldTitle,
                heldOrganization);
    }
}
