package kr.roundtable.ui.live;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Category;
import kr.roundtable.model.Disposition;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.Hangul;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Person;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkDraft;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.SearchText;
import kr.roundtable.model.Side;
import kr.roundtable.model.TranscriptItem;
import kr.roundtable.service.CaptureService;
import kr.roundtable.service.InvitationService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.RosterService;
import kr.roundtable.service.Undo;
import kr.roundtable.ui.common.Background;
import kr.roundtable.ui.common.Messages;

/**
 * The live console: the capture line (speaker, kind, category, text), the transcript, answers and follow-ups, the
 * agenda bar and check-in. Writes go to one writer thread in order; a remark leaves the entry only once committed;
 * the draft is written a second after the last keystroke; a failed save keeps the text and retries.
 */
public final class ConsoleViewModel {
    static final Duration RETRY = Duration.ofSeconds(2);
    private static final RemarkKind[] KINDS = {RemarkKind.DIFFICULTY, RemarkKind.REQUEST, RemarkKind.PROPOSAL,
            RemarkKind.QUESTION, RemarkKind.OPINION};

    private final CaptureService capture;
    private final MeetingService meetings;
    private final InvitationService invitations;
    private final RosterService roster;
    private final kr.roundtable.service.SeatingService seating;
    private final Background background;
    private final java.util.Map<Long, Integer> seatOf = new java.util.HashMap<>();
    private final ReadOnlyObjectWrapper<kr.roundtable.model.SeatingPlan> seatingPlan = new ReadOnlyObjectWrapper<>();
    private final Clock clock;
    private final I18n i18n;
    private final ConsoleHistory history = new ConsoleHistory();
    private long meetingId;

    // the capture line
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Invitee> speaker = new SimpleObjectProperty<>();
    private final ObjectProperty<RemarkKind> kind = new SimpleObjectProperty<>(RemarkKind.REQUEST);
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty speakerQuery = new SimpleStringProperty("");
    private final ObservableList<Invitee> speakerChoices = FXCollections.observableArrayList();
    private final List<Long> recentSpeakers = new ArrayList<>();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private boolean draftDirty;

    // the transcript
    private final List<TranscriptItem> transcript = new ArrayList<>();
    private final ObservableList<ConsoleRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(true);
    private final ObjectProperty<RemarkKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Invitee> speakerFilter = new SimpleObjectProperty<>();

    // participants, agenda, meeting
    private final ObservableList<Invitee> participants = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> agenda = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AgendaItem> currentItem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Meeting> meeting = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> departments = FXCollections.observableArrayList();

    public ConsoleViewModel(CaptureService capture, MeetingService meetings, InvitationService invitations,
                            RosterService roster, kr.roundtable.service.SeatingService seating, Background background,
                            Clock clock, I18n i18n) {
        this.seating = seating;
        this.capture = capture;
        this.meetings = meetings;
        this.invitations = invitations;
        this.roster = roster;
        this.background = background;
        this.clock = clock;
        this.i18n = i18n;
        speakerQuery.addListener((o, was, now) -> filterSpeakers());
        List<javafx.beans.Observable> draftParts = List.of(text, speaker, kind, category);
        draftParts.forEach(p -> p.addListener(o -> draftDirty = true));
        List<javafx.beans.Observable> filters = List.of(newestFirst, kindFilter, categoryFilter, speakerFilter);
        filters.forEach(p -> p.addListener(o -> layout()));
    }

    /** Starts the meeting (진행) and loads everything; restores an unsaved draft with a notice. */
    public void open(long id) {
        this.meetingId = id;
        meeting.set(capture.start(id));
        categories.setAll(capture.categories());
        departments.setAll(capture.departments());
        reloadParticipants();
        reloadAgenda();
        reloadTranscript();
        capture.draft(id).ifPresent(d -> {
            text.set(d.text());
            kind.set(d.kind() == null ? RemarkKind.REQUEST : d.kind());
            speaker.set(participants.stream().filter(p -> Objects.equals(p.participant().id(), d.speakerId()))
                    .findFirst().orElse(null));
            category.set(categories.stream().filter(c -> Objects.equals(c.id(), d.categoryId())).findFirst()
                    .orElse(null));
            notice.set(i18n.text("live.draft.restored", d.savedAt() == null ? "" : d.savedAt().toLocalTime()));
        });
        draftDirty = false;
    }

    // ---- participants and speakers

    private void reloadParticipants() {
        participants.setAll(invitations.invitees(meetingId));
        seatOf.clear();
        seatOf.putAll(seating.seatsByParticipant(meetingId));
        seatingPlan.set(seating.plan(meetingId).orElse(null));
        filterSpeakers();
    }

    /** The seat a participant sits in, if the meeting has a seating plan. */
    public Optional<Integer> seatOf(Invitee p) {
        return Optional.ofNullable(seatOf.get(p.participant().id()));
    }

    /** The participant in a seat, if any. */
    public Optional<Invitee> inSeat(int number) {
        return participants.stream().filter(p -> Integer.valueOf(number).equals(seatOf.get(p.participant().id())))
                .findFirst();
    }

    public ReadOnlyObjectProperty<kr.roundtable.model.SeatingPlan> seatingPlanProperty() {
        return seatingPlan.getReadOnlyProperty();
    }

    /** Present (참석, 대리참석) first, most recent speakers first among them, filtered by the speaker query. */
    private void filterSpeakers() {
        String q = SearchText.normalizeQuery(speakerQuery.get() == null ? "" : speakerQuery.get());
        List<Invitee> matches = new ArrayList<>();
        for (Invitee p : participants) {
            boolean bySeat = q.matches("\\d+") && Integer.valueOf(q).equals(seatOf.get(p.participant().id()));
            if (q.isEmpty() || bySeat || matchesSpeaker(p, q)) {
                matches.add(p);
            }
        }
        matches.sort(Comparator.comparing((Invitee p) -> !isHere(p))
                .thenComparing(p -> {
                    int at = recentSpeakers.indexOf(p.participant().id());
                    return at < 0 ? Integer.MAX_VALUE : at;
                })
                .thenComparing(p -> p.participant().role() != ParticipantRole.CHAIR)
                .thenComparing(p -> p.participant().id()));
        speakerChoices.setAll(matches);
    }

    static boolean isHere(Invitee p) {
        Attendance a = p.participant().attendance();
        return a == Attendance.PRESENT || a == Attendance.SUBSTITUTE;
    }

    static boolean matchesSpeaker(Invitee p, String q) {
        String haystack = SearchText.normalizeQuery(String.join(" ", nz(p.name()), nz(p.shownOrganization()),
                nz(p.shownTitle()), nz(p.substituteName()))) + " " + Hangul.initials(p.name());
        return haystack.contains(q);
    }

    /** Picks the first (or given) speaker choice: the speaker stays for follow-on remarks. */
    public void pickSpeaker(Invitee chosen) {
        Invitee p = chosen != null ? chosen : speakerChoices.isEmpty() ? null : speakerChoices.get(0);
        if (p != null) {
            speaker.set(p);
        }
        speakerQuery.set("");
    }

    public void setKind(int index) {
        if (index >= 0 && index < KINDS.length) {
            kind.set(KINDS[index]);
        }
    }

    /** The first category whose name starts with (or contains) {@code typed}. */
    public Optional<Category> categoryFor(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return categories.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).startsWith(t)).findFirst()
                .or(() -> categories.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains(t)
                        || Hangul.initials(c.name()).startsWith(t)).findFirst());
    }

    // ---- saving

    /**
     * Saves what is in the entry as a remark. The entry is cleared only after the commit, keeping anything typed
     * meanwhile; when the save fails the text stays, a warning stays up and the save is tried again.
     */
    public void submit() {
        String typed = text.get();
        if (typed == null || typed.isBlank() || saving.get()) {
            return;
        }
        saving.set(true);
        Long agendaItemId = currentItem.get() == null ? null : currentItem.get().id();
        Invitee who = speaker.get();
        Long speakerId = who == null ? null : who.participant().id();
        RemarkKind k = kind.get();
        Long categoryId = category.get() == null ? null : category.get().id();
        background.runInOrder(() -> capture.record(meetingId, agendaItemId, speakerId, k, categoryId, typed),
                saved -> {
                    saving.set(false);
                    saveWarning.set("");
                    String now = text.get() == null ? "" : text.get();
                    text.set(now.startsWith(typed) ? now.substring(typed.length()).replaceFirst("^\\n", "") : now);
                    draftDirty = !text.get().isEmpty();
                    if (speakerId != null) {
                        recentSpeakers.remove(speakerId);
                        recentSpeakers.add(0, speakerId);
                        filterSpeakers();
                    }
                    Holder<Undo> deleted = new Holder<>();
                    history.done(change(i18n.text("live.change.record"), () -> deleted.value = capture.delete(saved.id()),
                            () -> deleted.value.undo()));
                    notice.set("");
                    reloadTranscript();
                }, error -> {
                    saving.set(false);
                    saveWarning.set(i18n.text("live.save.failed", Messages.of(error, i18n)));
                    retryLater();
                });
    }

    private void retryLater() {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(RETRY.toMillis()));
        wait.setOnFinished(e -> {
            if (!saveWarning.get().isEmpty()) {
                submit();
            }
        });
        wait.play();
    }

    /** Writes the draft if anything changed since the last write; the view calls this a second after typing stops. */
    public void saveDraftIfChanged() {
        if (!draftDirty || meetingId == 0) {
            return;
        }
        draftDirty = false;
        RemarkDraft draft = new RemarkDraft(meetingId, currentItem.get() == null ? null : currentItem.get().id(),
                speaker.get() == null ? null : speaker.get().participant().id(), kind.get(),
                category.get() == null ? null : category.get().id(), text.get(), LocalDateTime.now(clock));
        background.runInOrder(() -> {
            capture.saveDraft(draft);
            return null;
        }, ok -> { }, error -> draftDirty = true);
    }

    // ---- the transcript

    public void reloadTranscript() {
        transcript.clear();
        transcript.addAll(capture.transcript(meetingId));
        layout();
    }

    private void layout() {
        Map<Long, List<TranscriptItem>> byItem = new LinkedHashMap<>();
        List<AgendaItem> order = new ArrayList<>(agenda);
        for (AgendaItem a : order) {
            byItem.put(a.id(), new ArrayList<>());
        }
        byItem.put(null, new ArrayList<>());
        for (TranscriptItem t : transcript) {
            if (passes(t)) {
                byItem.computeIfAbsent(t.remark().agendaItemId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<ConsoleRow> out = new ArrayList<>();
        List<Long> keys = new ArrayList<>(byItem.keySet());
        if (newestFirst.get()) {
            java.util.Collections.reverse(keys);
        }
        for (Long key : keys) {
            List<TranscriptItem> items = byItem.get(key);
            if (items.isEmpty()) {
                continue;
            }
            if (newestFirst.get()) {
                java.util.Collections.reverse(items);
            }
            AgendaItem heading = key == null ? null : order.stream().filter(a -> a.id() == key).findFirst().orElse(null);
            out.add(new ConsoleRow.Heading(heading, items.size()));
            items.forEach(t -> out.add(new ConsoleRow.Entry(t)));
        }
        rows.setAll(out);
    }

    private boolean passes(TranscriptItem t) {
        Remark r = t.remark();
        return (kindFilter.get() == null || r.kind() == kindFilter.get())
                && (categoryFilter.get() == null || Objects.equals(r.categoryId(), categoryFilter.get().id()))
                && (speakerFilter.get() == null || Objects.equals(r.speakerId(), speakerFilter.get().participant().id()));
    }

    public int remarkCount() {
        return transcript.size();
    }

    // ---- changes to remarks (each undoable)

    public String answer(TranscriptItem item, Invitee answerer, String answerText, Disposition disposition) {
        try {
            Remark a = capture.answer(item.remark().id(), answerer == null ? null : answerer.participant().id(),
                    answerText, disposition);
            Holder<Undo> deleted = new Holder<>();
            history.done(change(i18n.text("live.change.answer"), () -> deleted.value = capture.delete(a.id()),
                    () -> deleted.value.undo()));
            reloadTranscript();
            return null;
        } catch (RuntimeException e) {
            return Messages.of(e, i18n);
        }
    }

    public String addFollowUp(TranscriptItem item, String department, String owner, String due,
                              FollowUpStatus status) {
        try {
            FollowUp f = capture.addFollowUp(item.remark().id(), department, owner, due, status);
            Holder<Undo> deleted = new Holder<>();
            history.done(change(i18n.text("live.change.followUp"), () -> deleted.value = capture.deleteFollowUp(f.id()),
                    () -> deleted.value.undo()));
            if (f.department() != null && !departments.contains(f.department())) {
                departments.add(0, f.department());
            }
            reloadTranscript();
            return null;
        } catch (RuntimeException e) {
            return Messages.of(e, i18n);
        }
    }

    public String edit(Remark before, Remark after) {
        try {
            capture.update(after);
            history.done(change(i18n.text("live.change.edit"), () -> capture.update(before), () -> capture.update(after)));
            reloadTranscript();
            return null;
        } catch (RuntimeException e) {
            return Messages.of(e, i18n);
        }
    }

    public void togglePress(TranscriptItem item) {
        Remark r = item.remark();
        edit(r, new Remark(r.id(), r.meetingId(), r.agendaItemId(), r.speakerId(), r.kind(), r.categoryId(), r.text(),
                r.recordedAt(), r.replyToId(), r.disposition(), !r.pressFlag()));
    }

    public void delete(TranscriptItem item) {
        Holder<Undo> deleted = new Holder<>();
        deleted.value = capture.delete(item.remark().id());
        history.done(change(i18n.text("live.change.delete"), () -> deleted.value.undo(),
                () -> deleted.value = capture.delete(item.remark().id())));
        notice.set(i18n.text("live.deleted"));
        reloadTranscript();
    }

    public String undo() {
        ConsoleHistory.Change c = history.undo();
        reloadTranscript();
        return c == null ? null : i18n.text("live.undone", c.description());
    }

    public String redo() {
        ConsoleHistory.Change c = history.redo();
        reloadTranscript();
        return c == null ? null : i18n.text("live.redone", c.description());
    }

    private static ConsoleHistory.Change change(String description, Runnable undo, Runnable redo) {
        return new ConsoleHistory.Change() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }
        };
    }

    private static final class Holder<T> {
        T value;
    }

    // ---- agenda

    private void reloadAgenda() {
        agenda.setAll(meetings.agenda(meetingId));
        currentItem.set(agenda.stream().filter(a -> a.actualStart() != null && a.actualEnd() == null).findFirst()
                .orElse(agenda.isEmpty() ? null : agenda.get(0)));
        layout();
    }

    /** Starts the next (+1) or previous (−1) agenda item; the actual times are recorded. */
    public void moveAgenda(int delta) {
        AgendaItem now = currentItem.get();
        if (now == null || agenda.isEmpty()) {
            return;
        }
        int index = agenda.indexOf(now) + delta;
        if (index < 0 || index >= agenda.size()) {
            return;
        }
        agenda.setAll(capture.startAgendaItem(meetingId, agenda.get(index).id()));
        currentItem.set(agenda.get(index));
        layout();
    }

    /** Elapsed time of the current item, or null when it has not started. */
    public Duration elapsed() {
        AgendaItem item = currentItem.get();
        return item == null || item.actualStart() == null ? null
                : Duration.between(item.actualStart(), LocalDateTime.now(clock));
    }

    // ---- check-in

    public String checkIn(Invitee who, Attendance attendance, String substituteName) {
        try {
            Long substitute = null;
            if (attendance == Attendance.SUBSTITUTE) {
                if (substituteName == null || substituteName.isBlank()) {
                    return i18n.text("invite.error.substituteMissing");
                }
                substitute = roster.save(Person.of(substituteName, null, null), who.shownOrganization(), null).person()
                        .id();
            }
            invitations.setAttendance(who.participant().id(), attendance, substitute);
            reloadParticipants();
            return null;
        } catch (RuntimeException e) {
            return Messages.of(e, i18n);
        }
    }

    public long present() {
        return participants.stream().filter(ConsoleViewModel::isHere).count();
    }

    // ---- closing

    public long unansweredCount() {
        return capture.unansweredCount(meetingId);
    }

    public int close(boolean followUpsForUnanswered) {
        saveDraftIfChanged();
        int made = capture.close(meetingId, followUpsForUnanswered);
        meeting.set(meetings.meeting(meetingId));
        reloadAgenda();
        reloadTranscript();
        return made;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    public String speakerLabel(Invitee p) {
        Integer seat = seatOf.get(p.participant().id());
        String label = (seat == null ? "" : "[" + seat + "] ") + p.name() + " · " + (nz(p.shownOrganization()) + " " + nz(p.shownTitle())).strip();
        return p.participant().side() == Side.GOVERNMENT ? label + " (" + i18n.label(Side.GOVERNMENT) + ")" : label;
    }

    // ---- properties

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Invitee> speakerProperty() {
        return speaker;
    }

    public ObjectProperty<RemarkKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty speakerQueryProperty() {
        return speakerQuery;
    }

    public ObservableList<Invitee> speakerChoices() {
        return speakerChoices;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveWarningProperty() {
        return saveWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void tell(String message) {
        notice.set(message == null ? "" : message);
    }

    public ObservableList<ConsoleRow> rows() {
        return rows;
    }

    public BooleanProperty newestFirstProperty() {
        return newestFirst;
    }

    public ObjectProperty<RemarkKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<Category> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<Invitee> speakerFilterProperty() {
        return speakerFilter;
    }

    public ObservableList<Invitee> participants() {
        return participants;
    }

    public ObservableList<AgendaItem> agenda() {
        return agenda;
    }

    public ReadOnlyObjectProperty<AgendaItem> currentItemProperty() {
        return currentItem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ObservableList<String> departments() {
        return departments;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public I18n i18n() {
        return i18n;
    }

    static RemarkKind[] kinds() {
        return KINDS.clone();
    }

    public Optional<Invitee> chair() {
        return participants.stream().filter(p -> p.participant().role() == ParticipantRole.CHAIR).findFirst();
    }
}
