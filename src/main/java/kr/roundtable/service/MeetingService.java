package kr.roundtable.service;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.AgendaPlan;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingSeries;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.model.Ordinals;
import kr.roundtable.model.Participant;
import kr.roundtable.model.Person;
import kr.roundtable.model.Text;
import kr.roundtable.storage.Snapshot;
import kr.roundtable.storage.StorageException;

/** Use cases over meetings, their series and their agenda. */
public final class MeetingService {
    /** Days between meetings of a series when neither the series nor its history says otherwise. */
    static final int DEFAULT_INTERVAL_DAYS = 30;
    private final Repositories repos;

    public MeetingService(Repositories repos) {
        this.repos = repos;
    }

    /** Every meeting, newest first. */
    public List<MeetingSummary> meetings() {
        return repos.db().read(() -> repos.meetings().summaries());
    }

    /** Whether the database holds nothing yet (no meeting, no person): the moment to offer demo data. */
    public boolean isEmpty() {
        return repos.db().read(() -> repos.meetings().count() == 0 && repos.people().count() == 0);
    }

    public Meeting meeting(long id) {
        return repos.db().read(() -> repos.meetings().find(id)).orElseThrow(() -> new Refusal("meeting.error.gone"));
    }

    public List<MeetingSeries> series() {
        return repos.db().read(() -> repos.series().all());
    }

    public Optional<String> seriesName(Long seriesId) {
        return seriesId == null ? Optional.empty()
                : repos.db().read(() -> repos.series().find(seriesId)).map(MeetingSeries::name);
    }

    /** The number the next meeting of the named series gets (1 for a new series); empty for no series. */
    public Optional<Integer> suggestedOrdinal(String seriesName) {
        String name = Text.blankToNull(seriesName);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(repos.db().read(() -> repos.series().findByName(name)
                .map(s -> Ordinals.next(repos.series().highestOrdinal(s.id()))).orElse(1)));
    }

    /**
     * Saves a meeting (new when id is 0) in the series named {@code seriesName}, which is created when new. A
     * meeting in a series without a number gets the next one. A number already used in the series is refused.
     */
    public Meeting save(Meeting meeting, String seriesName) {
        return repos.db().write(() -> {
            String name = Text.blankToNull(seriesName);
            Long seriesId = name == null ? null
                    : repos.series().findByName(name).orElseGet(() -> repos.series().insert(MeetingSeries.of(name)))
                    .id();
            Integer ordinal = null;
            if (seriesId != null) {
                ordinal = meeting.ordinal() != null ? meeting.ordinal()
                        : Integer.valueOf(Ordinals.next(repos.series().highestOrdinal(seriesId)));
            }
            Meeting m = new Meeting(meeting.id(), seriesId, ordinal, meeting.title(),
                    meeting.kind(), meeting.date(), meeting.startTime(), meeting.endTime(), meeting.venue(),
                    meeting.hostIds(), meeting.coHostIds(), meeting.chairPersonId(), meeting.purpose(),
                    meeting.status());
            if (seriesId != null && repos.meetings().inSeries(seriesId).stream()
                    .anyMatch(other -> other.id() != m.id() && m.ordinal().equals(other.ordinal()))) {
                throw new Refusal("meeting.error.ordinalTaken", name, Ordinals.label(m.ordinal()));
            }
            try {
                if (m.id() == 0) {
                    return repos.meetings().insert(m);
                }
                repos.meetings().update(m);
                return m;
            } catch (StorageException e) {
                throw new Refusal("meeting.error.notSaved", e.getMessage());
            }
        });
    }

    /**
     * 제N+1차 from the series' last meeting: same hosts, venue, times and invitation list (attendance reset), its
     * agenda titles, the date moved by the series' usual interval, and first an item {@code reviewItemTitle} when
     * the last meeting left follow-ups open.
     */
    public Meeting nextInSeries(long meetingId, String reviewItemTitle) {
        return repos.db().write(() -> {
            Meeting given = repos.meetings().find(meetingId).orElseThrow(() -> new Refusal("meeting.error.gone"));
            if (given.seriesId() == null) {
                throw new Refusal("meeting.error.noSeries");
            }
            MeetingSeries series = repos.series().find(given.seriesId()).orElseThrow();
            Meeting last = repos.meetings().lastInSeries(series.id()).orElse(given);
            int next = Ordinals.next(last.ordinal());
            Meeting created = repos.meetings().insert(new Meeting(0, series.id(), next,
                    renumber(last.title(), next), last.kind(),
                    last.date() == null ? null : last.date().plusDays(interval(series, last)), last.startTime(),
                    last.endTime(), last.venue(), last.hostIds(), last.coHostIds(), last.chairPersonId(),
                    last.purpose(), MeetingStatus.PREPARING));
            Map<Long, Long> participantByPerson = new HashMap<>();
            Map<Long, Long> newParticipantByOld = new HashMap<>();
            for (Participant p : repos.meetings().participants(last.id())) {
                Person person = repos.people().find(p.personId()).orElseThrow();
                String orgName = person.organizationId() == null ? null
                        : repos.organizations().find(person.organizationId()).map(o -> o.name()).orElse(null);
                Participant copy = repos.meetings().insertParticipant(new Participant(0, created.id(), p.personId(),
                        p.side(), p.role(), Attendance.INVITED, null, person.title(), orgName));
                participantByPerson.put(p.personId(), copy.id());
                newParticipantByOld.put(p.id(), copy.id());
            }
            int position = 1;
            if (repos.meetings().openFollowUpCount(last.id()) > 0 && Text.blankToNull(reviewItemTitle) != null) {
                repos.meetings().insertAgendaItem(AgendaItem.of(created.id(), position++, reviewItemTitle, 10));
            }
            for (AgendaItem item : repos.meetings().agenda(last.id())) {
                if (item.title().equals(reviewItemTitle)) {
                    continue;
                }
                repos.meetings().insertAgendaItem(new AgendaItem(0, created.id(), position++, item.title(),
                        item.description(), item.presenterId() == null ? null : newParticipantByOld.get(item.presenterId()),
                        item.plannedMinutes(), null, null));
            }
            return created;
        });
    }

    private long interval(MeetingSeries series, Meeting last) {
        if (series.intervalDays() != null && series.intervalDays() > 0) {
            return series.intervalDays();
        }
        if (last.ordinal() != null && last.date() != null) {
            Optional<Meeting> before = repos.meetings().previousInSeries(series.id(), last.ordinal());
            if (before.isPresent() && before.get().date() != null) {
                long days = ChronoUnit.DAYS.between(before.get().date(), last.date());
                if (days > 0) {
                    return days;
                }
            }
        }
        return DEFAULT_INTERVAL_DAYS;
    }

    /** "2019년 제1차 정책협의회" → "2019년 제2차 정책협의회"; a title without a number stays as it is. */
    static String renumber(String title, int ordinal) {
        return title.replaceFirst("제\\s*\\d+\\s*차", Ordinals.label(ordinal));
    }

    public long remarkCount(long meetingId) {
        return repos.db().read(() -> repos.meetings().remarkCount(meetingId));
    }

    /** Deletes a meeting with everything recorded in it; the returned {@link Undo} puts all of it back. */
    public Undo delete(long meetingId) {
        Snapshot snapshot = repos.db().write(() -> {
            Snapshot taken = repos.meetings().snapshot(meetingId);
            repos.meetings().delete(meetingId);
            return taken;
        });
        return () -> repos.db().write(() -> repos.meetings().restore(snapshot));
    }

    // ---- agenda (안건)

    public List<AgendaItem> agenda(long meetingId) {
        return repos.db().read(() -> repos.meetings().agenda(meetingId));
    }

    public AgendaPlan agendaPlan(long meetingId) {
        return repos.db().read(() -> AgendaPlan.of(repos.meetings().agenda(meetingId),
                repos.meetings().find(meetingId).orElseThrow()));
    }

    /** Adds an item at the end (id 0) or saves changes to one. */
    public AgendaItem saveAgendaItem(AgendaItem item) {
        return repos.db().write(() -> {
            if (item.id() == 0) {
                int position = repos.meetings().agenda(item.meetingId()).size() + 1;
                return repos.meetings().insertAgendaItem(item.withPosition(position));
            }
            repos.meetings().updateAgendaItem(item);
            return item;
        });
    }

    /** Moves an item to {@code toIndex} (0-based) and renumbers the agenda; returns it in its new order. */
    public List<AgendaItem> moveAgendaItem(long meetingId, long itemId, int toIndex) {
        return repos.db().write(() -> {
            List<AgendaItem> items = new ArrayList<>(repos.meetings().agenda(meetingId));
            AgendaItem moving = items.stream().filter(i -> i.id() == itemId).findFirst()
                    .orElseThrow(() -> new Refusal("agenda.error.gone"));
            items.remove(moving);
            items.add(Math.max(0, Math.min(toIndex, items.size())), moving);
            repos.meetings().reorderAgenda(items.stream().map(AgendaItem::id).toList());
            return repos.meetings().agenda(meetingId);
        });
    }

    public Undo deleteAgendaItem(long meetingId, long itemId) {
        Snapshot snapshot = repos.db().write(() -> {
            if (repos.remarks().ofMeeting(meetingId).stream().anyMatch(r -> Long.valueOf(itemId).equals(r.agendaItemId()))) {
                throw new Refusal("agenda.error.hasRemarks");
            }
            Snapshot taken = repos.meetings().snapshotAgendaItem(itemId);
            repos.meetings().deleteAgendaItem(itemId);
            List<Long> rest = repos.meetings().agenda(meetingId).stream().map(AgendaItem::id).toList();
            repos.meetings().reorderAgenda(rest);
            return taken;
        });
        return () -> repos.db().write(() -> repos.meetings().restore(snapshot));
    }
}
