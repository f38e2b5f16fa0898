package kr.roundtable.model;

/** 연속 간담회: a named series whose meetings are numbered 제1차, 제2차, …; {@code intervalDays} is the usual gap. */
public record MeetingSeries(long id, String name, Integer intervalDays) {
    public MeetingSeries {
        name = Text.require(name, "name");
    }

    public static MeetingSeries of(String name) {
        return new MeetingSeries(0, name, null);
    }

    public MeetingSeries withId(long newId) {
        return new MeetingSeries(newId, name, intervalDays);
    }
}
