package kr.roundtable.model;

/** A line of the attendee list (참석자 명단). */
public record AttendeeListEntry(Side side, String organization, String title, String name, Attendance attendance,
                                String substituteName, String phone, String email) {
}
