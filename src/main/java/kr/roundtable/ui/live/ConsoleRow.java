package kr.roundtable.ui.live;

import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.TranscriptItem;

/** A line of the transcript list: an agenda item's heading, or a remark with its answers and follow-ups. */
public sealed interface ConsoleRow {
    /** The heading of an agenda item's remarks; {@code item} is null for remarks outside the agenda. */
    record Heading(AgendaItem item, int count) implements ConsoleRow {
    }

    /** One remark. */
    record Entry(TranscriptItem item) implements ConsoleRow {
    }
}
