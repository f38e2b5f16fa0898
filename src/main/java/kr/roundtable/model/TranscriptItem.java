package kr.roundtable.model;

import java.util.List;

/** A remark as the transcript shows it: who said it, the answers to it and the follow-ups it led to. */
public record TranscriptItem(Remark remark, String speaker, List<Answer> answers, List<FollowUp> followUps) {
    public TranscriptItem {
        answers = List.copyOf(answers);
        followUps = List.copyOf(followUps);
    }

    /** An answer with the name of who gave it. */
    public record Answer(Remark remark, String speaker) {
    }
}
