package kr.roundtable.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.roundtable.model.Arrangement;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Organization;
import kr.roundtable.model.Person;
import kr.roundtable.model.PhotoCaption;
import kr.roundtable.model.Precedence;
import kr.roundtable.model.SeatingGeometry;
import kr.roundtable.model.SeatingLayout;
import kr.roundtable.model.SeatingPlan;
import kr.roundtable.model.TitleLevels;

/** 좌석배치: precedence of a meeting's attendees, the seating plan, auto-arrange, and the photo caption. */
public final class SeatingService {
    private final Repositories repos;

    public SeatingService(Repositories repos) {
        this.repos = repos;
    }

    /** The title table in force: the shipped defaults with the organizer's edits over them. */
    public TitleLevels titleLevels() {
        Map<String, TitleLevels.Level> merged = new LinkedHashMap<>();
        TitleLevels.defaults().forEach(l -> merged.put(l.title(), l));
        repos.db().read(() -> repos.seating().titleLevels()).forEach(l -> merged.put(l.title(), l));
        return new TitleLevels(new ArrayList<>(merged.values()));
    }

    public void saveTitleLevel(TitleLevels.Level level) {
        repos.db().write(() -> repos.seating().saveTitleLevel(level));
    }

    /** Who will sit: everyone invited who has not declined; a substitute sits in the place of who sent them. */
    public List<Precedence.Attendee> attendees(long meetingId) {
        return repos.db().read(() -> {
            List<Precedence.Attendee> out = new ArrayList<>();
            for (Invitee i : repos.meetings().invitees(meetingId)) {
                if (i.participant().attendance() == Attendance.DECLINED) {
                    continue;
                }
                Person person = repos.people().find(i.participant().personId()).orElseThrow();
                Organization org = person.organizationId() == null ? null
                        : repos.organizations().find(person.organizationId()).orElse(null);
                String name = i.participant().attendance() == Attendance.SUBSTITUTE && i.substituteName() != null
                        ? i.substituteName() : i.name();
                out.add(new Precedence.Attendee(i.participant().id(), name, i.shownTitle(), i.shownOrganization(),
                        org == null ? null : org.kind(), i.participant().side(), i.participant().role(),
                        person.birthYear()));
            }
            return out;
        });
    }

    /**
     * Everyone invited, declined ones too, by side (정부측 first) and in order of precedence within each side, with
     * contacts: the rows of the attendee list.
     */
    public List<kr.roundtable.model.AttendeeListEntry> attendeeList(long meetingId) {
        return repos.db().read(() -> {
            Map<Long, Invitee> invitees = new HashMap<>();
            List<Precedence.Attendee> all = new ArrayList<>();
            Map<Long, Person> people = new HashMap<>();
            for (Invitee i : repos.meetings().invitees(meetingId)) {
                Person person = repos.people().find(i.participant().personId()).orElseThrow();
                Organization org = person.organizationId() == null ? null
                        : repos.organizations().find(person.organizationId()).orElse(null);
                invitees.put(i.participant().id(), i);
                people.put(i.participant().id(), person);
                all.add(new Precedence.Attendee(i.participant().id(), i.name(), i.shownTitle(), i.shownOrganization(),
                        org == null ? null : org.kind(), i.participant().side(), i.participant().role(),
                        person.birthYear()));
            }
            List<kr.roundtable.model.AttendeeListEntry> out = new ArrayList<>();
            for (Precedence.Attendee a : Precedence.rank(all, titleLevels(), false)) {
                Invitee i = invitees.get(a.participantId());
                Person p = people.get(a.participantId());
                out.add(new kr.roundtable.model.AttendeeListEntry(i.participant().side(), a.organization(), a.title(),
                        a.name(), i.participant().attendance(), i.substituteName(), p.phone(), p.email()));
            }
            return out;
        });
    }

    /** The attendees in order of precedence, with the organizer's override applied. */
    public List<Precedence.Attendee> ranked(long meetingId, boolean sidesTogether) {
        List<Precedence.Attendee> ranked = Precedence.rank(attendees(meetingId), titleLevels(), sidesTogether);
        return Precedence.withOverride(ranked, repos.db().read(() -> repos.seating().precedenceOverride(meetingId)));
    }

    public void overridePrecedence(long meetingId, List<Long> participantIds) {
        repos.db().write(() -> repos.seating().savePrecedenceOverride(meetingId, participantIds));
    }

    public void resetPrecedence(long meetingId) {
        overridePrecedence(meetingId, List.of());
    }

    public Optional<SeatingPlan> plan(long meetingId) {
        return repos.db().read(() -> repos.seating().ofMeeting(meetingId));
    }

    public SeatingPlan save(SeatingPlan plan) {
        return repos.db().write(() -> repos.seating().save(plan));
    }

    /** A new plan in {@code layout}, everyone placed by protocol, saved. */
    public SeatingPlan autoArrange(long meetingId, SeatingLayout layout, int seatCount, boolean rightFirst,
                                   boolean sidesTogether) {
        return autoArrange(meetingId, layout, seatCount, rightFirst, sidesTogether, null);
    }

    /** As above, with {@code headSeats} seats on the head side (null: the usual). */
    public SeatingPlan autoArrange(long meetingId, SeatingLayout layout, int seatCount, boolean rightFirst,
                                   boolean sidesTogether, Integer headSeats) {
        List<Precedence.Attendee> ranked = ranked(meetingId, layout == SeatingLayout.FACING ? false : sidesTogether);
        int seats = Math.max(seatCount, 1);
        SeatingPlan empty = new SeatingPlan(0, meetingId, layout, seats, rightFirst, List.of(), headSeats);
        return save(new SeatingPlan(0, meetingId, layout, seats, rightFirst, Arrangement.arrange(empty.geometry(),
                ranked), empty.headSeats()));
    }

    /** Who sits in which seat, by participant. */
    public Map<Long, Integer> seatsByParticipant(long meetingId) {
        Map<Long, Integer> out = new HashMap<>();
        plan(meetingId).ifPresent(p -> p.seats().forEach(s -> out.put(s.participantId(), s.number())));
        return out;
    }

    /** The default photo line (precedence, chair in the middle) as a caption. */
    public String defaultCaption(long meetingId, boolean rightFirst) {
        List<Precedence.Attendee> line = PhotoCaption.standingLine(ranked(meetingId, true), rightFirst);
        return PhotoCaption.of(line.stream().map(a -> new PhotoCaption.Person(a.name(), a.organization(), a.title()))
                .toList());
    }

    /** A caption for people in the given left-to-right order. */
    public String caption(List<Precedence.Attendee> leftToRight) {
        return PhotoCaption.of(leftToRight.stream().map(a -> new PhotoCaption.Person(a.name(), a.organization(),
                a.title())).toList());
    }

    public Optional<String> storedCaption(long meetingId) {
        return repos.db().read(() -> repos.seating().caption(meetingId));
    }

    public void saveCaption(long meetingId, String caption) {
        repos.db().write(() -> repos.seating().saveCaption(meetingId, caption));
    }
}
