package kr.roundtable.model;

import java.time.LocalDateTime;

/** What the secretary is typing and has not saved yet: kept so a crash or a power cut loses nothing. */
public record RemarkDraft(long meetingId, Long agendaItemId, Long speakerId, RemarkKind kind, Long categoryId,
                          String text, LocalDateTime savedAt) {
    public RemarkDraft {
        text = text == null ? "" : text;
    }

    public boolean isEmpty() {
        return text.isBlank();
    }
}
