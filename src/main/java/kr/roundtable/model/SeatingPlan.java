package kr.roundtable.model;

import java.util.List;
import java.util.Objects;

/**
 * 좌석배치: a layout with numbered seats and who sits where ({@code rightFirst}: 우좌우좌 or 좌우좌우). {@code headSeats}
 * is how many seats the head side has (the government row of 마주보기, the head table of 강의식); null: the usual.
 */
public record SeatingPlan(long id, long meetingId, SeatingLayout layout, int seatCount, boolean rightFirst,
                          List<Seat> seats, Integer headSeats) {
    public SeatingPlan(long id, long meetingId, SeatingLayout layout, int seatCount, boolean rightFirst,
                       List<Seat> seats) {
        this(id, meetingId, layout, seatCount, rightFirst, seats, null);
    }

    public SeatingPlan {
        Objects.requireNonNull(layout, "layout");
        if (headSeats != null && (headSeats < 1 || headSeats > seatCount)) {
            headSeats = null;
        }
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
        return new SeatingPlan(newId, meetingId, layout, seatCount, rightFirst, seats, headSeats);
    }

    /** The drawn plan of this layout and size. */
    public SeatingGeometry.Plan geometry() {
        return SeatingGeometry.plan(layout, seatCount, rightFirst, headSeats);
    }

    /** One seat taken by a participant. */
    public record Seat(int number, long participantId) {
    }
}
