package kr.roundtable.model;

import java.time.LocalDate;
import java.util.List;

/** What a person did over the meetings of the office: where they sat and what they raised. */
public record PersonHistory(List<Participation> participations, List<RaisedRemark> remarks) {
    public PersonHistory {
        participations = List.copyOf(participations);
        remarks = List.copyOf(remarks);
    }

    /** One meeting attended, with the title and organization held then. */
    public record Participation(long meetingId, String seriesName, Integer ordinal, LocalDate date, String meetingTitle,
                                Side side, ParticipantRole role, Attendance attendance, String titleThen,
                                String organizationThen) {
    }

    /** One remark raised, with the status of each follow-up it led to. */
    public record RaisedRemark(long remarkId, long meetingId, String meetingTitle, LocalDate date, RemarkKind kind,
                               String text, List<FollowUpStatus> followUps) {
        public RaisedRemark {
            followUps = List.copyOf(followUps);
        }
    }
}
