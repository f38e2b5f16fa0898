package kr.roundtable.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.roundtable.model.SeatingLayout;
import kr.roundtable.model.SeatingPlan;

/** 좌석배치: one plan per meeting, saved whole. */
public final class SeatingPlanRepository {
    private final Database db;

    public SeatingPlanRepository(Database db) {
        this.db = db;
    }

    /** Stores the meeting's plan, replacing the one it had. */
    public SeatingPlan save(SeatingPlan plan) {
        Sql.update(db.connection(), "DELETE FROM seating_plan WHERE meeting_id = ?", plan.meetingId());
        long id = Sql.insert(db.connection(), "INSERT INTO seating_plan (meeting_id, layout, seat_count, right_first) "
                + "VALUES (?, ?, ?, ?)", plan.meetingId(), plan.layout(), plan.seatCount(), plan.rightFirst());
        List<Object[]> rows = new ArrayList<>();
        for (SeatingPlan.Seat seat : plan.seats()) {
            rows.add(new Object[] {id, seat.number(), seat.participantId()});
        }
        if (!rows.isEmpty()) {
            Sql.batch(db.connection(), "INSERT INTO seat (plan_id, number, participant_id) VALUES (?, ?, ?)", rows);
        }
        return plan.withId(id);
    }

    public Optional<SeatingPlan> ofMeeting(long meetingId) {
        return Sql.one(db.connection(), "SELECT id, meeting_id, layout, seat_count, right_first FROM seating_plan "
                + "WHERE meeting_id = ?", rs -> new SeatingPlan(rs.getLong("id"), rs.getLong("meeting_id"),
                SeatingLayout.valueOf(rs.getString("layout")), rs.getInt("seat_count"), rs.getInt("right_first") != 0,
                List.of()), meetingId)
                .map(plan -> new SeatingPlan(plan.id(), plan.meetingId(), plan.layout(), plan.seatCount(),
                        plan.rightFirst(), Sql.list(db.connection(), "SELECT number, participant_id FROM seat "
                        + "WHERE plan_id = ? ORDER BY number", rs -> new SeatingPlan.Seat(rs.getInt("number"),
                        rs.getLong("participant_id")), plan.id())));
    }

    public void deleteOfMeeting(long meetingId) {
        Sql.update(db.connection(), "DELETE FROM seating_plan WHERE meeting_id = ?", meetingId);
    }
}
