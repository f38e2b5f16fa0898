package kr.roundtable.ui.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingKind;
import kr.roundtable.model.MeetingSeries;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.Organization;
import kr.roundtable.model.Text;
import kr.roundtable.service.InvitationService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.RosterService;
import kr.roundtable.ui.common.Messages;

/** The meeting form: series with its number assigned automatically (editable), title, kind, time, place, hosts. */
public final class MeetingEditorViewModel {
    private final MeetingService meetings;
    private final RosterService roster;
    private final InvitationService invitations;
    private final I18n i18n;
    private final ReadOnlyLongWrapper meetingId = new ReadOnlyLongWrapper(0);
    private boolean ordinalTouched;

    private final StringProperty seriesName = new SimpleStringProperty("");
    private final StringProperty ordinal = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(MeetingKind.ROUNDTABLE);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final ObservableList<Organization> hosts = FXCollections.observableArrayList();
    private final ObservableList<Organization> coHosts = FXCollections.observableArrayList();
    private final ObjectProperty<Invitee> chair = new SimpleObjectProperty<>();
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObjectProperty<MeetingStatus> status = new SimpleObjectProperty<>(MeetingStatus.PREPARING);
    private final ObservableList<String> seriesNames = FXCollections.observableArrayList();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObservableList<Invitee> invitees = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Long chairPersonId;

    public MeetingEditorViewModel(MeetingService meetings, RosterService roster, InvitationService invitations,
                                  I18n i18n) {
        this.meetings = meetings;
        this.roster = roster;
        this.invitations = invitations;
        this.i18n = i18n;
        seriesName.addListener((o, was, now) -> {
            if (meetingId.get() == 0 && !ordinalTouched) {
                ordinal.set(meetings.suggestedOrdinal(now).map(String::valueOf).orElse(""));
            }
        });
    }

    /** Loads a meeting, or prepares an empty form for {@code id} 0. */
    public void load(long id) {
        seriesNames.setAll(meetings.series().stream().map(MeetingSeries::name).toList());
        organizations.setAll(roster.organizations());
        meetingId.set(id);
        ordinalTouched = false;
        error.set("");
        if (id == 0) {
            title.set("");
            date.set(LocalDate.now());
            start.set("14:00");
            end.set("16:00");
            return;
        }
        Meeting m = meetings.meeting(id);
        seriesName.set(meetings.seriesName(m.seriesId()).orElse(""));
        ordinal.set(m.ordinal() == null ? "" : String.valueOf(m.ordinal()));
        title.set(m.title());
        kind.set(m.kind());
        date.set(m.date());
        start.set(m.startTime() == null ? "" : m.startTime().toString());
        end.set(m.endTime() == null ? "" : m.endTime().toString());
        venue.set(m.venue() == null ? "" : m.venue());
        hosts.setAll(byIds(m.hostIds()));
        coHosts.setAll(byIds(m.coHostIds()));
        purpose.set(m.purpose() == null ? "" : m.purpose());
        status.set(m.status());
        chairPersonId = m.chairPersonId();
        invitees.setAll(invitations.invitees(id));
        chair.set(invitees.stream().filter(i -> i.participant().personId() == (chairPersonId == null ? -1 : chairPersonId))
                .findFirst().orElse(null));
    }

    private List<Organization> byIds(List<Long> ids) {
        return ids.stream().map(id -> organizations.stream().filter(o -> o.id() == id).findFirst().orElse(null))
                .filter(o -> o != null).toList();
    }

    /** The user typed a number: stop suggesting one. */
    public void ordinalEdited() {
        ordinalTouched = true;
    }

    public void addHost(Organization org, boolean coHost) {
        ObservableList<Organization> list = coHost ? coHosts : hosts;
        if (org != null && !list.contains(org)) {
            list.add(org);
        }
    }

    /** Saves; calls {@code onSaved} with the meeting's id, or says what is wrong. */
    public boolean save(LongConsumer onSaved) {
        if (Text.blankToNull(title.get()) == null) {
            error.set(i18n.text("meeting.error.titleRequired"));
            return false;
        }
        Optional<LocalTime> startTime;
        Optional<LocalTime> endTime;
        try {
            startTime = time(start.get());
            endTime = time(end.get());
        } catch (DateTimeParseException e) {
            error.set(i18n.text("meeting.error.time", e.getParsedString()));
            return false;
        }
        if (startTime.isPresent() && endTime.isPresent() && endTime.get().isBefore(startTime.get())) {
            error.set(i18n.text("meeting.error.endBeforeStart"));
            return false;
        }
        Integer number = null;
        if (Text.blankToNull(ordinal.get()) != null) {
            try {
                number = Integer.parseInt(ordinal.get().strip());
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 1) {
                error.set(i18n.text("meeting.error.ordinal", ordinal.get()));
                return false;
            }
        }
        Long chairId = chair.get() == null ? chairPersonId : Long.valueOf(chair.get().participant().personId());
        try {
            Meeting saved = meetings.save(new Meeting(meetingId.get(), null, number, title.get(), kind.get(), date.get(),
                    startTime.orElse(null), endTime.orElse(null), venue.get(), hosts.stream().map(Organization::id)
                    .toList(), coHosts.stream().map(Organization::id).toList(), chairId, purpose.get(), status.get()),
                    seriesName.get());
            meetingId.set(saved.id());
            ordinal.set(saved.ordinal() == null ? "" : String.valueOf(saved.ordinal()));
            error.set("");
            message.set(i18n.text("meeting.saved", saved.title()));
            onSaved.accept(saved.id());
            return true;
        } catch (RuntimeException e) {
            error.set(Messages.of(e, i18n));
            return false;
        }
    }

    /** "14:00", "1400" or "9:30" as a time; blank as none. */
    static Optional<LocalTime> time(String text) {
        String t = Text.blankToNull(text);
        if (t == null) {
            return Optional.empty();
        }
        if (t.matches("\\d{3,4}")) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        }
        if (t.matches("\\d:\\d{2}")) {
            t = "0" + t;
        }
        return Optional.of(LocalTime.parse(t));
    }

    public ReadOnlyLongProperty meetingIdProperty() {
        return meetingId.getReadOnlyProperty();
    }

    public StringProperty seriesNameProperty() {
        return seriesName;
    }

    public StringProperty ordinalProperty() {
        return ordinal;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<MeetingKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public ObservableList<Organization> hosts() {
        return hosts;
    }

    public ObservableList<Organization> coHosts() {
        return coHosts;
    }

    public ObjectProperty<Invitee> chairProperty() {
        return chair;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObjectProperty<MeetingStatus> statusProperty() {
        return status;
    }

    public ObservableList<String> seriesNames() {
        return seriesNames;
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public ObservableList<Invitee> invitees() {
        return invitees;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
