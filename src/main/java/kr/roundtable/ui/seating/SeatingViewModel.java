package kr.roundtable.ui.seating;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Arrangement;
import kr.roundtable.model.Precedence;
import kr.roundtable.model.SeatingGeometry;
import kr.roundtable.model.SeatingLayout;
import kr.roundtable.model.SeatingPlan;
import kr.roundtable.service.SeatingService;

/** 좌석배치: the ranked list, the plan and who sits where; every change is saved at once. */
public final class SeatingViewModel {
    private final SeatingService seating;
    private final I18n i18n;
    private long meetingId;
    private boolean loading;

    private final ObjectProperty<SeatingLayout> layout = new SimpleObjectProperty<>(SeatingLayout.ROUND);
    private final IntegerProperty seatCount = new SimpleIntegerProperty(8);
    /** Seats on the head side for 마주보기 and 강의식; 0 means the usual split. */
    private final IntegerProperty headSeats = new SimpleIntegerProperty(0);
    private final BooleanProperty rightFirst = new SimpleBooleanProperty(true);
    private final BooleanProperty sidesTogether = new SimpleBooleanProperty(true);
    private final ObservableList<Precedence.Attendee> ranked = FXCollections.observableArrayList();
    private final ObservableList<SeatingPlan.Seat> seats = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SeatingGeometry.Plan> geometry = new ReadOnlyObjectWrapper<>();
    private final StringProperty caption = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SeatingViewModel(SeatingService seating, I18n i18n) {
        this.seating = seating;
        this.i18n = i18n;
        layout.addListener((o, was, now) -> reshape());
        seatCount.addListener((o, was, now) -> reshape());
        headSeats.addListener((o, was, now) -> reshape());
        rightFirst.addListener((o, was, now) -> reshape());
        sidesTogether.addListener((o, was, now) -> {
            if (!loading) {
                ranked.setAll(seating.ranked(meetingId, now));
            }
        });
    }

    public void load(long id) {
        loading = true;
        meetingId = id;
        ranked.setAll(seating.ranked(id, sidesTogether.get()));
        Optional<SeatingPlan> stored = seating.plan(id);
        if (stored.isPresent()) {
            layout.set(stored.get().layout());
            seatCount.set(stored.get().seatCount());
            headSeats.set(stored.get().headSeats() == null ? 0 : stored.get().headSeats());
            rightFirst.set(stored.get().rightFirst());
            seats.setAll(stored.get().seats());
        } else {
            seatCount.set(Math.max(ranked.size(), 2));
            seats.clear();
        }
        geometry.set(plan().geometry());
        caption.set(seating.storedCaption(id).orElse(""));
        loading = false;
    }

    private void reshape() {
        if (loading || seatCount.get() < 1) {
            return;
        }
        geometry.set(plan().geometry());
        seats.setAll(seats.stream().filter(s -> s.number() <= seatCount.get()).toList());
        save();
    }

    public void autoArrange() {
        SeatingPlan plan = seating.autoArrange(meetingId, layout.get(), seatCount.get(), rightFirst.get(),
                sidesTogether.get(), headSeatsOrNull());
        seats.setAll(plan.seats());
        message.set(i18n.text("seating.arranged", plan.seats().size()));
    }

    public void place(int seatNumber, long participantId) {
        seats.setAll(Arrangement.place(seats, seatNumber, participantId));
        save();
    }

    public void clear(int seatNumber) {
        seats.setAll(Arrangement.clear(seats, seatNumber));
        save();
    }

    public void closeUp() {
        seats.setAll(Arrangement.closeUp(seats));
        save();
    }

    /** Moves a person in the ranking (by drag); the new order is kept as the organizer's override. */
    public void moveInRanking(int from, int to) {
        if (from < 0 || from >= ranked.size() || to < 0 || to >= ranked.size() || from == to) {
            return;
        }
        Precedence.Attendee moving = ranked.remove(from);
        ranked.add(to, moving);
        seating.overridePrecedence(meetingId, ranked.stream().map(Precedence.Attendee::participantId).toList());
        message.set(i18n.text("seating.overridden"));
    }

    /** The title table in force (defaults with the organizer's edits). */
    public List<kr.roundtable.model.TitleLevels.Level> titleLevels() {
        return seating.titleLevels().all();
    }

    /** Saves one row of the title table and ranks again with it. */
    public void saveTitleLevel(kr.roundtable.model.TitleLevels.Level level) {
        seating.saveTitleLevel(level);
        ranked.setAll(seating.ranked(meetingId, sidesTogether.get()));
        message.set(i18n.text("seating.titles.saved", level.title(), level.level()));
    }

    public void resetRanking() {
        seating.resetPrecedence(meetingId);
        ranked.setAll(seating.ranked(meetingId, sidesTogether.get()));
        message.set("");
    }

    private Integer headSeatsOrNull() {
        return headSeats.get() <= 0 ? null : headSeats.get();
    }

    /** The plan as the screen shows it now. */
    private SeatingPlan plan() {
        return new SeatingPlan(0, meetingId, layout.get(), Math.max(1, seatCount.get()), rightFirst.get(),
                seats.stream().filter(s -> s.number() <= Math.max(1, seatCount.get())).toList(), headSeatsOrNull());
    }

    private void save() {
        if (!loading && meetingId != 0) {
            seating.save(plan());
        }
    }

    public Optional<Precedence.Attendee> occupant(int seatNumber) {
        return seats.stream().filter(s -> s.number() == seatNumber).findFirst()
                .flatMap(s -> ranked.stream().filter(a -> a.participantId() == s.participantId()).findFirst());
    }

    public Set<Long> seated() {
        Set<Long> out = new HashSet<>();
        seats.forEach(s -> out.add(s.participantId()));
        return out;
    }

    /** The default caption: the ranking with the chair in the middle. */
    public void makeCaption() {
        caption.set(seating.defaultCaption(meetingId, rightFirst.get()));
        saveCaption();
    }

    public void saveCaption() {
        if (meetingId != 0) {
            seating.saveCaption(meetingId, caption.get() == null ? "" : caption.get());
        }
    }

    public long meetingId() {
        return meetingId;
    }

    public ObjectProperty<SeatingLayout> layoutProperty() {
        return layout;
    }

    public IntegerProperty seatCountProperty() {
        return seatCount;
    }

    public IntegerProperty headSeatsProperty() {
        return headSeats;
    }

    public BooleanProperty rightFirstProperty() {
        return rightFirst;
    }

    public BooleanProperty sidesTogetherProperty() {
        return sidesTogether;
    }

    public ObservableList<Precedence.Attendee> ranked() {
        return ranked;
    }

    public ObservableList<SeatingPlan.Seat> seats() {
        return seats;
    }

    public ReadOnlyObjectProperty<SeatingGeometry.Plan> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    public StringProperty captionProperty() {
        return caption;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void tell(String text) {
        message.set(text == null ? "" : text);
    }

    public I18n i18n() {
        return i18n;
    }
}
