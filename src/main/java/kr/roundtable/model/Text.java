package kr.roundtable.model;

/** Small text rules shared by the records: trimmed, full-width spaces folded, blank means absent. */
public final class Text {
    private Text() {
    }

    /** Trims ordinary and full-width (U+3000) spaces; returns {@code null} for blank input. */
    public static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.replace('\u3000', ' ').strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static String require(String value, String what) {
        String trimmed = blankToNull(value);
        if (trimmed == null) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return trimmed;
    }
}
