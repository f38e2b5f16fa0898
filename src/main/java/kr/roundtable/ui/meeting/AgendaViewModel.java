package kr.roundtable.ui.meeting;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.AgendaPlan;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Text;
import kr.roundtable.service.InvitationService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.ui.common.Messages;
import kr.roundtable.ui.common.UndoHistory;

/** 안건: ordered items with presenter and planned minutes, moved by drag or keyboard, timed against the slot. */
public final class AgendaViewModel {
    private final MeetingService meetings;
    private final InvitationService invitations;
    private final UndoHistory undo;
    private final I18n i18n;
    private long meetingId;
    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObservableList<Invitee> presenters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper overrun = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AgendaViewModel(MeetingService meetings, InvitationService invitations, UndoHistory undo, I18n i18n) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.undo = undo;
        this.i18n = i18n;
    }

    public void load(long id) {
        this.meetingId = id;
        presenters.setAll(invitations.invitees(id));
        refresh();
    }

    public void refresh() {
        items.setAll(meetings.agenda(meetingId));
        AgendaPlan plan = meetings.agendaPlan(meetingId);
        overrun.set(plan.overruns());
        total.set(plan.slotMinutes() == null ? i18n.text("agenda.total.noSlot", plan.plannedMinutes())
                : plan.overruns() ? i18n.text("agenda.total.overrun", plan.plannedMinutes(), plan.slotMinutes(),
                plan.plannedMinutes() - plan.slotMinutes())
                : i18n.text("agenda.total", plan.plannedMinutes(), plan.slotMinutes()));
    }

    /** Adds an item at the end; minutes may be blank. */
    public boolean add(String title, String minutes) {
        if (Text.blankToNull(title) == null) {
            message.set(i18n.text("agenda.error.titleRequired"));
            return false;
        }
        Integer planned = parseMinutes(minutes);
        if (planned != null && planned < 0) {
            message.set(i18n.text("agenda.error.minutes", minutes));
            return false;
        }
        meetings.saveAgendaItem(AgendaItem.of(meetingId, 0, title, planned));
        message.set("");
        refresh();
        return true;
    }

    public void update(AgendaItem item) {
        try {
            meetings.saveAgendaItem(item);
            message.set("");
        } catch (RuntimeException e) {
            message.set(Messages.of(e, i18n));
        }
        refresh();
    }

    /** Moves the item by {@code delta} places (−1 up, +1 down); returns its new index. */
    public int move(AgendaItem item, int delta) {
        int from = items.indexOf(item);
        int to = Math.max(0, Math.min(items.size() - 1, from + delta));
        return moveTo(item, to);
    }

    public int moveTo(AgendaItem item, int toIndex) {
        items.setAll(meetings.moveAgendaItem(meetingId, item.id(), toIndex));
        refresh();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == item.id()) {
                return i;
            }
        }
        return -1;
    }

    public void delete(AgendaItem item) {
        try {
            var taken = meetings.deleteAgendaItem(meetingId, item.id());
            undo.push(i18n.text("agenda.undo.delete", item.title()), taken, this::refresh);
            message.set(i18n.text("agenda.deleted", item.title()));
        } catch (RuntimeException e) {
            message.set(Messages.of(e, i18n));
        }
        refresh();
    }

    static Integer parseMinutes(String text) {
        String t = Text.blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return Integer.parseInt(t.replace("분", "").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public ObservableList<AgendaItem> items() {
        return items;
    }

    public ObservableList<Invitee> presenters() {
        return presenters;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overrunProperty() {
        return overrun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
