package kr.roundtable.model;

import java.util.List;
import java.util.Objects;

/** 좌석배치: a layout with numbered seats and who sits where ({@code rightFirst}: 우좌우좌 or 좌우좌우). */
public record SeatingPlan(long id, long meetingId, SeatingLayout layout, int seatCount, boolean rightFirst,
                          List<Seat> seats) {
    public SeatingPlan {
        Objects.requireNonNull(layout, "layout");
        if (seatCount < 1) {
            throw new IllegalArgumentException("a seating plan needs at least one seat");
        }
        seats = List.copyOf(seats == null ? List.of() : seats);
        for (Seat seat : seats) {
            if (seat.number() < 1 || seat.number() > seatCount) {
                throw new IllegalArgumentException("seat " + seat.number() + " is outside 1.." + seatCount);
            }
        }
    }

    public SeatingPlan withId(long newId) {
        return new SeatingPlan(newId, meetingId, layout, seatCount, rightFirst, seats);
    }

    /** One seat taken by a participant. */
    public record Seat(int number, long participantId) {
    }
}
