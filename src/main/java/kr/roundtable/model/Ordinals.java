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

    /**
     * The meeting's name as documents write it: "제16차 디지털 국정과제 연속 현장 간담회" when the title is the series'
     * name, the title alone when it already carries its number ("2019년 제1차 정책협의회"), else the series, the
     * number and the title.
     */
    public static String fullTitle(String seriesName, Integer ordinal, String title) {
        if (ordinal == null || title.matches(".*제\\s*\\d+\\s*차.*")) {
            return title;
        }
        if (seriesName == null || seriesName.isBlank() || title.startsWith(seriesName.strip())) {
            return label(ordinal) + " " + title;
        }
        return seriesName.strip() + " " + label(ordinal) + " " + title;
    }
}
