package kr.roundtable.service;

import java.util.ArrayList;
import java.util.List;

import kr.roundtable.model.Attendance;
import kr.roundtable.model.AttendanceSummary;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Organization;
import kr.roundtable.model.Participant;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Person;
import kr.roundtable.model.Side;
import kr.roundtable.model.Sides;
import kr.roundtable.storage.Snapshot;

/** Who is invited to a meeting, on which side and in which role, and who came (초청 → 참석확정/불참 → 참석/대리참석). */
public final class InvitationService {
    private final Repositories repos;

    public InvitationService(Repositories repos) {
        this.repos = repos;
    }

    /** What an invitation of several people did: how many were added, and who was already on the list. */
    public record InviteResult(int invited, List<String> alreadyInvited) {
        public InviteResult {
            alreadyInvited = List.copyOf(alreadyInvited);
        }
    }

    public List<Invitee> invitees(long meetingId) {
        return repos.db().read(() -> repos.meetings().invitees(meetingId));
    }

    public AttendanceSummary summary(long meetingId) {
        return repos.db().read(() -> AttendanceSummary.of(repos.meetings().participants(meetingId)));
    }

    /** Invites one person; someone already on the list is refused with their name. */
    public Participant invite(long meetingId, long personId, Side side, ParticipantRole role) {
        return repos.db().write(() -> {
            Person person = repos.people().find(personId).orElseThrow(() -> new Refusal("roster.error.gone"));
            if (repos.meetings().isInvited(meetingId, personId)) {
                throw new Refusal("invite.error.twice", person.name());
            }
            return insert(meetingId, person, side, role);
        });
    }

    /** Invites several people at once, each on the side their organization usually takes; skips who is invited. */
    public InviteResult inviteAll(long meetingId, List<Long> personIds) {
        return repos.db().write(() -> {
            int invited = 0;
            List<String> skipped = new ArrayList<>();
            for (long personId : personIds) {
                Person person = repos.people().find(personId).orElseThrow(() -> new Refusal("roster.error.gone"));
                if (repos.meetings().isInvited(meetingId, personId)) {
                    skipped.add(person.name());
                    continue;
                }
                Organization org = person.organizationId() == null ? null
                        : repos.organizations().find(person.organizationId()).orElse(null);
                insert(meetingId, person, Sides.defaultFor(org == null ? null : org.kind()), ParticipantRole.ATTENDEE);
                invited++;
            }
            return new InviteResult(invited, skipped);
        });
    }

    /** Invites everyone of another meeting's list with their side and role; attendance starts again at 초청. */
    public InviteResult copyFrom(long fromMeetingId, long toMeetingId) {
        return repos.db().write(() -> {
            int invited = 0;
            List<String> skipped = new ArrayList<>();
            for (Participant p : repos.meetings().participants(fromMeetingId)) {
                Person person = repos.people().find(p.personId()).orElseThrow();
                if (repos.meetings().isInvited(toMeetingId, p.personId())) {
                    skipped.add(person.name());
                    continue;
                }
                insert(toMeetingId, person, p.side(), p.role());
                invited++;
            }
            return new InviteResult(invited, skipped);
        });
    }

    private Participant insert(long meetingId, Person person, Side side, ParticipantRole role) {
        String orgName = person.organizationId() == null ? null
                : repos.organizations().find(person.organizationId()).map(Organization::name).orElse(null);
        return repos.meetings().insertParticipant(new Participant(0, meetingId, person.id(), side, role,
                Attendance.INVITED, null, person.title(), orgName));
    }

    /** Sets attendance; 대리참석 needs the person who came instead (who is then in the roster too). */
    public Participant setAttendance(long participantId, Attendance attendance, Long substitutePersonId) {
        if (attendance == Attendance.SUBSTITUTE && substitutePersonId == null) {
            throw new Refusal("invite.error.substituteMissing");
        }
        return repos.db().write(() -> {
            Participant p = repos.meetings().findParticipant(participantId)
                    .orElseThrow(() -> new Refusal("invite.error.gone"));
            if (substitutePersonId != null && substitutePersonId == p.personId()) {
                throw new Refusal("invite.error.substituteSelf");
            }
            Participant changed = p.withAttendance(attendance, substitutePersonId);
            repos.meetings().updateParticipant(changed);
            return changed;
        });
    }

    public Participant setSideAndRole(long participantId, Side side, ParticipantRole role) {
        return repos.db().write(() -> {
            Participant p = repos.meetings().findParticipant(participantId)
                    .orElseThrow(() -> new Refusal("invite.error.gone"));
            Participant changed = new Participant(p.id(), p.meetingId(), p.personId(), side, role, p.attendance(),
                    p.substitutePersonId(), p.title(), p.organizationName());
            repos.meetings().updateParticipant(changed);
            return changed;
        });
    }

    /** Takes someone off the list, unless they already spoke in the meeting; the {@link Undo} puts them back. */
    public Undo remove(long participantId) {
        Snapshot snapshot = repos.db().write(() -> {
            Participant p = repos.meetings().findParticipant(participantId)
                    .orElseThrow(() -> new Refusal("invite.error.gone"));
            if (repos.remarks().ofMeeting(p.meetingId()).stream()
                    .anyMatch(r -> Long.valueOf(participantId).equals(r.speakerId()))) {
                throw new Refusal("invite.error.hasRemarks");
            }
            Snapshot taken = repos.meetings().snapshotParticipant(participantId);
            repos.meetings().deleteParticipant(participantId);
            return taken;
        });
        return () -> repos.db().write(() -> repos.meetings().restore(snapshot));
    }
}
