package kr.roundtable.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 발언: something said in a meeting. An official's answer (답변) is a remark of kind {@link RemarkKind#ANSWER}
 * whose {@code replyToId} is the remark it answers; the answer carries the {@link Disposition} (처리의견).
 */
public record Remark(long id, long meetingId, Long agendaItemId, Long speakerId, RemarkKind kind,
                     Long categoryId, String text, LocalDateTime recordedAt, Long replyToId,
                     Disposition disposition, boolean pressFlag) {
    public Remark {
        Objects.requireNonNull(kind, "kind");
        text = Text.require(text, "text");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (kind == RemarkKind.ANSWER && replyToId == null) {
            throw new IllegalArgumentException("an answer must reply to a remark");
        }
    }

    public static Remark of(long meetingId, Long agendaItemId, Long speakerId, RemarkKind kind, Long categoryId,
                            String text, LocalDateTime recordedAt) {
        return new Remark(0, meetingId, agendaItemId, speakerId, kind, categoryId, text, recordedAt, null, null,
                false);
    }

    public static Remark answer(Remark question, Long speakerId, String text, Disposition disposition,
                                LocalDateTime recordedAt) {
        return new Remark(0, question.meetingId(), question.agendaItemId(), speakerId, RemarkKind.ANSWER,
                question.categoryId(), text, recordedAt, question.id(), disposition, false);
    }

    public Remark withId(long newId) {
        return new Remark(newId, meetingId, agendaItemId, speakerId, kind, categoryId, text, recordedAt, replyToId,
                disposition, pressFlag);
    }
}
