package kr.roundtable.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.roundtable.model.SeatingLayout;
import kr.roundtable.model.SeatingPlan;
import kr.roundtable.model.TitleLevels;

/** 좌석배치: one plan per meeting, saved whole. */
public final class SeatingPlanRepository {
    private final Database db;

    public SeatingPlanRepository(Database db) {
        this.db = db;
    }

    /** Stores the meeting's plan, replacing the one it had. */
    public SeatingPlan save(SeatingPlan plan) {
        Sql.update(db.connection(), "DELETE FROM seating_plan WHERE meeting_id = ?", plan.meetingId());
        long id = Sql.insert(db.connection(), "INSERT INTO seating_plan (meeting_id, layout, seat_count, right_first, "
                + "head_seats) VALUES (?, ?, ?, ?, ?)", plan.meetingId(), plan.layout(), plan.seatCount(),
                plan.rightFirst(), plan.headSeats());
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
        return Sql.one(db.connection(), "SELECT id, meeting_id, layout, seat_count, right_first, head_seats "
                + "FROM seating_plan WHERE meeting_id = ?", rs -> new SeatingPlan(rs.getLong("id"),
                rs.getLong("meeting_id"), SeatingLayout.valueOf(rs.getString("layout")), rs.getInt("seat_count"),
                rs.getInt("right_first") != 0, List.of(), Sql.intOrNull(rs, "head_seats")), meetingId)
                .map(plan -> new SeatingPlan(plan.id(), plan.meetingId(), plan.layout(), plan.seatCount(),
                        plan.rightFirst(), Sql.list(db.connection(), "SELECT number, participant_id FROM seat "
                        + "WHERE plan_id = ? ORDER BY number", rs -> new SeatingPlan.Seat(rs.getInt("number"),
                        rs.getLong("participant_id")), plan.id()), plan.headSeats()));
    }

    /** The organizer's edits of title levels (the defaults live in the model). */
    public List<TitleLevels.Level> titleLevels() {
        return Sql.list(db.connection(), "SELECT title, level, head FROM title_level ORDER BY level, title",
                rs -> new TitleLevels.Level(rs.getString("title"), rs.getInt("level"), rs.getInt("head") != 0));
    }

    public void saveTitleLevel(TitleLevels.Level level) {
        Sql.update(db.connection(), "INSERT INTO title_level (title, level, head) VALUES (?, ?, ?) "
                + "ON CONFLICT (title) DO UPDATE SET level = excluded.level, head = excluded.head",
                level.title(), level.level(), level.head());
    }

    public List<Long> precedenceOverride(long meetingId) {
        return Sql.list(db.connection(), "SELECT participant_id FROM precedence_override WHERE meeting_id = ? "
                + "ORDER BY position", rs -> rs.getLong(1), meetingId);
    }

    public void savePrecedenceOverride(long meetingId, List<Long> participantIds) {
        Sql.update(db.connection(), "DELETE FROM precedence_override WHERE meeting_id = ?", meetingId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < participantIds.size(); i++) {
            rows.add(new Object[] {meetingId, participantIds.get(i), i});
        }
        if (!rows.isEmpty()) {
            Sql.batch(db.connection(), "INSERT INTO precedence_override (meeting_id, participant_id, position) "
                    + "VALUES (?, ?, ?)", rows);
        }
    }

    public Optional<String> caption(long meetingId) {
        return Sql.one(db.connection(), "SELECT caption FROM photo_caption WHERE meeting_id = ?",
                rs -> rs.getString(1), meetingId);
    }

    public void saveCaption(long meetingId, String caption) {
        Sql.update(db.connection(), "INSERT INTO photo_caption (meeting_id, caption) VALUES (?, ?) "
                + "ON CONFLICT (meeting_id) DO UPDATE SET caption = excluded.caption", meetingId, caption);
    }

    public void deleteOfMeeting(long meetingId) {
        Sql.update(db.connection(), "DELETE FROM seating_plan WHERE meeting_id = ?", meetingId);
    }
}
