package kr.roundtable.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Auto-arrange by protocol and the one-action repairs of a seating plan. */
public final class Arrangement {
    private Arrangement() {
    }

    /**
     * The ranked attendees in seat order: the chair at the head seat, then down the ranking in protocol order. In
     * 마주보기 the government side takes the head row and the others the row opposite, each with its most senior in
     * the middle; a side with more people than its row continues at the ends of the other row.
     */
    public static List<SeatingPlan.Seat> arrange(SeatingGeometry.Plan plan, List<Precedence.Attendee> ranked) {
        List<SeatingPlan.Seat> seats = new ArrayList<>();
        if (plan.layout() != SeatingLayout.FACING) {
            for (int i = 0; i < Math.min(ranked.size(), plan.seats().size()); i++) {
                seats.add(new SeatingPlan.Seat(i + 1, ranked.get(i).participantId()));
            }
            return seats;
        }
        List<Integer> top = new ArrayList<>();
        List<Integer> bottom = new ArrayList<>();
        for (SeatingGeometry.Spot s : plan.seats()) {
            (s.group() == SeatingGeometry.Group.BOTTOM ? bottom : top).add(s.number());
        }
        List<Precedence.Attendee> government = new ArrayList<>();
        List<Precedence.Attendee> others = new ArrayList<>();
        for (Precedence.Attendee a : ranked) {
            boolean head = a.side() == Side.GOVERNMENT || a.role() == ParticipantRole.CHAIR;
            (head ? government : others).add(a);
        }
        fill(seats, government, top, bottom);
        fill(seats, others, bottom, top);
        seats.sort(Comparator.comparingInt(SeatingPlan.Seat::number));
        return seats;
    }

    /** Seats {@code people} in {@code own} row's order, then in what is left of {@code other} from its far end. */
    private static void fill(List<SeatingPlan.Seat> seats, List<Precedence.Attendee> people, List<Integer> own,
                             List<Integer> other) {
        List<Integer> free = new ArrayList<>(own);
        List<Integer> otherFree = new ArrayList<>(other);
        java.util.Collections.reverse(otherFree);
        free.addAll(otherFree);
        for (Precedence.Attendee a : people) {
            while (!free.isEmpty() && taken(seats, free.get(0))) {
                free.remove(0);
            }
            if (free.isEmpty()) {
                return;
            }
            seats.add(new SeatingPlan.Seat(free.remove(0), a.participantId()));
        }
    }

    private static boolean taken(List<SeatingPlan.Seat> seats, int number) {
        return seats.stream().anyMatch(s -> s.number() == number);
    }

    /** Moves everyone up into the empty seats before them, keeping their order: one action after a cancellation. */
    public static List<SeatingPlan.Seat> closeUp(List<SeatingPlan.Seat> seats) {
        List<SeatingPlan.Seat> sorted = new ArrayList<>(seats);
        sorted.sort(Comparator.comparingInt(SeatingPlan.Seat::number));
        List<SeatingPlan.Seat> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.add(new SeatingPlan.Seat(i + 1, sorted.get(i).participantId()));
        }
        return out;
    }

    /** Puts {@code participantId} on {@code number}; whoever sat there takes the participant's old seat, if any. */
    public static List<SeatingPlan.Seat> place(List<SeatingPlan.Seat> seats, int number, long participantId) {
        Integer from = seats.stream().filter(s -> s.participantId() == participantId).map(SeatingPlan.Seat::number)
                .findFirst().orElse(null);
        Long occupant = seats.stream().filter(s -> s.number() == number).map(SeatingPlan.Seat::participantId)
                .findFirst().orElse(null);
        List<SeatingPlan.Seat> out = new ArrayList<>();
        for (SeatingPlan.Seat s : seats) {
            if (s.number() != number && s.participantId() != participantId) {
                out.add(s);
            }
        }
        out.add(new SeatingPlan.Seat(number, participantId));
        if (occupant != null && from != null && occupant != participantId) {
            out.add(new SeatingPlan.Seat(from, occupant));
        }
        out.sort(Comparator.comparingInt(SeatingPlan.Seat::number));
        return out;
    }

    public static List<SeatingPlan.Seat> clear(List<SeatingPlan.Seat> seats, int number) {
        return seats.stream().filter(s -> s.number() != number).toList();
    }
}
