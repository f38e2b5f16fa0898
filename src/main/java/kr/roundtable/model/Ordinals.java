package kr.roundtable.model;

/** Numbering of meetings in a series: 제1차, 제2차, … */
public final class Ordinals {
    private Ordinals() {
    }

    public static String label(Integer ordinal) {
        return ordinal == null ? "" : "제" + ordinal + "차";
    }

    /** The ordinal that follows the highest one used so far in a series ({@code null} when none). */
    public static int next(Integer highestSoFar) {
        return highestSoFar == null ? 1 : highestSoFar + 1;
    }
}
