package kr.roundtable.ui.meeting;

import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.AttendanceSummary;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Person;
import kr.roundtable.model.RosterEntry;
import kr.roundtable.model.Side;
import kr.roundtable.service.InvitationService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.RosterService;
import kr.roundtable.ui.common.Messages;
import kr.roundtable.ui.common.UndoHistory;

/** 참석자: invite from the roster (several at once, or another meeting's list), side, role and attendance. */
public final class InvitationsViewModel {
    private final InvitationService invitations;
    private final RosterService roster;
    private final MeetingService meetings;
    private final UndoHistory undo;
    private final I18n i18n;
    private long meetingId;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<RosterEntry> candidates = FXCollections.observableArrayList();
    private final ObservableList<Invitee> invitees = FXCollections.observableArrayList();
    private final ObservableList<MeetingSummary> otherMeetings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public InvitationsViewModel(InvitationService invitations, RosterService roster, MeetingService meetings,
                                UndoHistory undo, I18n i18n) {
        this.invitations = invitations;
        this.roster = roster;
        this.meetings = meetings;
        this.undo = undo;
        this.i18n = i18n;
        query.addListener((o, was, now) -> findCandidates());
    }

    public void load(long id) {
        this.meetingId = id;
        refresh();
        otherMeetings.setAll(meetings.meetings().stream().filter(m -> m.id() != id).toList());
    }

    public void refresh() {
        invitees.setAll(invitations.invitees(meetingId));
        AttendanceSummary s = invitations.summary(meetingId);
        String sides = List.of(Side.values()).stream().filter(side -> s.count(side) > 0)
                .map(side -> i18n.label(side) + " " + s.count(side)).collect(Collectors.joining(" · "));
        String statuses = List.of(Attendance.values()).stream()
                .map(a -> i18n.label(a) + " " + s.count(a)).collect(Collectors.joining(" · "));
        summary.set(i18n.text("invite.summary", s.total(), sides.isEmpty() ? "-" : sides, statuses));
    }

    private void findCandidates() {
        String q = query.get();
        candidates.setAll(q == null || q.isBlank() ? List.of() : roster.search(q).stream().limit(50).toList());
    }

    public void invite(List<RosterEntry> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        try {
            report(invitations.inviteAll(meetingId, chosen.stream().map(e -> e.person().id()).toList()));
        } catch (RuntimeException e) {
            message.set(Messages.of(e, i18n));
        }
    }

    public void copyFrom(MeetingSummary other) {
        if (other == null) {
            return;
        }
        try {
            report(invitations.copyFrom(other.id(), meetingId));
        } catch (RuntimeException e) {
            message.set(Messages.of(e, i18n));
        }
    }

    private void report(InvitationService.InviteResult result) {
        message.set(result.alreadyInvited().isEmpty() ? i18n.text("invite.added", result.invited())
                : i18n.text("invite.addedSkipped", result.invited(), String.join(", ", result.alreadyInvited())));
        refresh();
    }

    public void setSideAndRole(Invitee invitee, Side side, ParticipantRole role) {
        invitations.setSideAndRole(invitee.participant().id(), side, role);
        refresh();
    }

    /** Sets attendance; for 대리참석 {@code substituteName} is who came instead (added to the roster if new). */
    public void setAttendance(Invitee invitee, Attendance attendance, String substituteName) {
        try {
            Long substitute = null;
            if (attendance == Attendance.SUBSTITUTE) {
                if (substituteName == null || substituteName.isBlank()) {
                    message.set(i18n.text("invite.error.substituteMissing"));
                    refresh();
                    return;
                }
                substitute = roster.save(Person.of(substituteName, null, null), invitee.shownOrganization(), null)
                        .person().id();
            }
            invitations.setAttendance(invitee.participant().id(), attendance, substitute);
            message.set("");
        } catch (RuntimeException e) {
            message.set(Messages.of(e, i18n));
        }
        refresh();
    }

    public void remove(Invitee invitee) {
        try {
            var taken = invitations.remove(invitee.participant().id());
            undo.push(i18n.text("invite.undo.remove", invitee.name()), taken, this::refresh);
            message.set(i18n.text("invite.removed", invitee.name()));
        } catch (RuntimeException e) {
            message.set(Messages.of(e, i18n));
        }
        refresh();
    }

    public long meetingId() {
        return meetingId;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<RosterEntry> candidates() {
        return candidates;
    }

    public ObservableList<Invitee> invitees() {
        return invitees;
    }

    public ObservableList<MeetingSummary> otherMeetings() {
        return otherMeetings;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
