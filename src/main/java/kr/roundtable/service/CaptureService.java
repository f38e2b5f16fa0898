package kr.roundtable.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Category;
import kr.roundtable.model.Disposition;
import kr.roundtable.model.DueDates;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkDraft;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.Text;
import kr.roundtable.model.TranscriptItem;
import kr.roundtable.storage.Snapshot;

/**
 * The live console's use cases: each remark, answer and follow-up is one committed transaction; the text being
 * typed is kept as a draft; the agenda's actual times are recorded as items start.
 */
public final class CaptureService {
    private final Repositories repos;
    private final Clock clock;

    public CaptureService(Repositories repos, Clock clock) {
        this.repos = repos;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /** Switches the meeting to 진행 and starts its first agenda item if none has started. */
    public Meeting start(long meetingId) {
        return repos.db().write(() -> {
            Meeting m = repos.meetings().find(meetingId).orElseThrow(() -> new Refusal("meeting.error.gone"));
            if (m.status() == MeetingStatus.PREPARING || m.status() == MeetingStatus.CLOSED) {
                repos.meetings().setStatus(meetingId, MeetingStatus.IN_PROGRESS);
            }
            List<AgendaItem> agenda = repos.meetings().agenda(meetingId);
            if (!agenda.isEmpty() && agenda.stream().allMatch(a -> a.actualStart() == null)) {
                AgendaItem first = agenda.get(0);
                repos.meetings().updateAgendaItem(started(first, now()));
            }
            return repos.meetings().find(meetingId).orElseThrow();
        });
    }

    /** Saves a remark and clears the draft, in one transaction: when this returns, the remark is on disk. */
    public Remark record(long meetingId, Long agendaItemId, Long speakerId, RemarkKind kind, Long categoryId,
                         String text) {
        if (Text.blankToNull(text) == null) {
            throw new Refusal("capture.error.empty");
        }
        if (kind == RemarkKind.ANSWER) {
            throw new IllegalArgumentException("answers are recorded with answer()");
        }
        return repos.db().write(() -> {
            Remark saved = repos.remarks().insert(Remark.of(meetingId, agendaItemId, speakerId, kind, categoryId,
                    text.strip(), now()));
            repos.remarks().clearDraft(meetingId);
            return saved;
        });
    }

    public void saveDraft(RemarkDraft draft) {
        repos.db().write(() -> {
            if (draft.isEmpty()) {
                repos.remarks().clearDraft(draft.meetingId());
            } else {
                repos.remarks().saveDraft(draft);
            }
        });
    }

    public Optional<RemarkDraft> draft(long meetingId) {
        return repos.db().read(() -> repos.remarks().draft(meetingId));
    }

    /** The official's answer (답변) to a remark, with who answered and the disposition (처리의견). */
    public Remark answer(long remarkId, Long speakerId, String text, Disposition disposition) {
        if (Text.blankToNull(text) == null) {
            throw new Refusal("capture.error.empty");
        }
        return repos.db().write(() -> {
            Remark question = repos.remarks().find(remarkId).orElseThrow(() -> new Refusal("capture.error.gone"));
            if (question.kind() == RemarkKind.ANSWER) {
                throw new Refusal("capture.error.answerToAnswer");
            }
            return repos.remarks().insert(Remark.answer(question, speakerId, text.strip(), disposition, now()));
        });
    }

    /** Saves an edited remark (text, kind, category, speaker, agenda item, press flag, disposition). */
    public Remark update(Remark remark) {
        return repos.db().write(() -> {
            repos.remarks().find(remark.id()).orElseThrow(() -> new Refusal("capture.error.gone"));
            repos.remarks().update(remark);
            return remark;
        });
    }

    public Optional<Remark> remark(long remarkId) {
        return repos.db().read(() -> repos.remarks().find(remarkId));
    }

    /** Deletes a remark with its answers and follow-ups; the {@link Undo} puts them all back with their ids. */
    public Undo delete(long remarkId) {
        Snapshot snapshot = repos.db().write(() -> {
            Snapshot taken = repos.remarks().snapshot(remarkId);
            repos.remarks().delete(remarkId);
            return taken;
        });
        return () -> repos.db().write(() -> repos.remarks().restore(snapshot));
    }

    /**
     * A follow-up (후속조치) of a remark. {@code dueText} is kept as said ("6월까지") and resolved to a date when it
     * can be.
     */
    public FollowUp addFollowUp(long remarkId, String department, String owner, String dueText,
                                FollowUpStatus status) {
        LocalDate due = DueDates.parse(dueText, LocalDate.now(clock)).orElse(null);
        return repos.db().write(() -> {
            repos.remarks().find(remarkId).orElseThrow(() -> new Refusal("capture.error.gone"));
            return repos.followUps().insert(new FollowUp(0, remarkId, department, owner, due, dueText,
                    status == null ? FollowUpStatus.PLANNED : status, null, List.of(), null));
        });
    }

    public Undo deleteFollowUp(long followUpId) {
        Snapshot snapshot = repos.db().write(() -> {
            Snapshot taken = repos.followUps().snapshot(followUpId);
            repos.followUps().delete(followUpId);
            return taken;
        });
        return () -> repos.db().write(() -> repos.followUps().restore(snapshot));
    }

    /** Departments used before, most used first: the type-ahead of 전담부서. */
    public List<String> departments() {
        return repos.db().read(() -> repos.followUps().departments());
    }

    public List<Category> categories() {
        return repos.db().read(() -> repos.categories().all());
    }

    /** Every remark of the meeting in the order spoken, with its answers and follow-ups. */
    public List<TranscriptItem> transcript(long meetingId) {
        return repos.db().read(() -> {
            Map<Long, String> names = new HashMap<>();
            for (Invitee i : repos.meetings().invitees(meetingId)) {
                names.put(i.participant().id(), i.name());
            }
            List<Remark> all = repos.remarks().ofMeeting(meetingId);
            Map<Long, List<TranscriptItem.Answer>> answers = new HashMap<>();
            for (Remark r : all) {
                if (r.replyToId() != null) {
                    answers.computeIfAbsent(r.replyToId(), k -> new ArrayList<>())
                            .add(new TranscriptItem.Answer(r, names.get(r.speakerId())));
                }
            }
            Map<Long, List<FollowUp>> followUps = new HashMap<>();
            for (FollowUp f : repos.followUps().ofMeeting(meetingId)) {
                followUps.computeIfAbsent(f.remarkId(), k -> new ArrayList<>()).add(f);
            }
            List<TranscriptItem> items = new ArrayList<>();
            for (Remark r : all) {
                if (r.replyToId() == null) {
                    items.add(new TranscriptItem(r, names.get(r.speakerId()), answers.getOrDefault(r.id(), List.of()),
                            followUps.getOrDefault(r.id(), List.of())));
                }
            }
            return items;
        });
    }

    /** Starts an agenda item: the one running ends now, this one starts now (unless it started before). */
    public List<AgendaItem> startAgendaItem(long meetingId, long itemId) {
        return repos.db().write(() -> {
            LocalDateTime now = now();
            for (AgendaItem a : repos.meetings().agenda(meetingId)) {
                if (a.id() == itemId) {
                    repos.meetings().updateAgendaItem(new AgendaItem(a.id(), a.meetingId(), a.position(), a.title(),
                            a.description(), a.presenterId(), a.plannedMinutes(),
                            a.actualStart() == null ? now : a.actualStart(), null));
                } else if (a.actualStart() != null && a.actualEnd() == null) {
                    repos.meetings().updateAgendaItem(ended(a, now));
                }
            }
            return repos.meetings().agenda(meetingId);
        });
    }

    public long unansweredCount(long meetingId) {
        return repos.db().read(() -> repos.remarks().unanswered(meetingId).size());
    }

    /**
     * Closes the meeting (종료): the running agenda item ends, and with {@code followUpsForUnanswered} every remark
     * without an answer or a follow-up gets a planned follow-up. Returns how many follow-ups were made.
     */
    public int close(long meetingId, boolean followUpsForUnanswered) {
        return repos.db().write(() -> {
            LocalDateTime now = now();
            for (AgendaItem a : repos.meetings().agenda(meetingId)) {
                if (a.actualStart() != null && a.actualEnd() == null) {
                    repos.meetings().updateAgendaItem(ended(a, now));
                }
            }
            int made = 0;
            if (followUpsForUnanswered) {
                for (Remark r : repos.remarks().unanswered(meetingId)) {
                    repos.followUps().insert(FollowUp.planned(r.id(), null, null, null));
                    made++;
                }
            }
            repos.meetings().setStatus(meetingId, MeetingStatus.CLOSED);
            return made;
        });
    }

    private static AgendaItem started(AgendaItem a, LocalDateTime at) {
        return new AgendaItem(a.id(), a.meetingId(), a.position(), a.title(), a.description(), a.presenterId(),
                a.plannedMinutes(), at, null);
    }

    private static AgendaItem ended(AgendaItem a, LocalDateTime at) {
        return new AgendaItem(a.id(), a.meetingId(), a.position(), a.title(), a.description(), a.presenterId(),
                a.plannedMinutes(), a.actualStart(), at);
    }
}
