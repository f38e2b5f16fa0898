package kr.roundtable.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines as officials say them, to a date: "6월까지" → the last day of June, "연내"/"연말" → 31 December,
 * "상반기" → 30 June, "하반기" → 31 December, "3분기" → 30 September, "내년 상반기", "2026-07-15", "7월 15일", "7/15".
 * A month already past this year means next year's. Anything else is kept as said, without a date.
 */
public final class DueDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:(\\d{4})년\\s*)?(\\d{1,2})월\\s*(\\d{1,2})일(?:까지)?");
    private static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    private static final Pattern MONTH = Pattern.compile("(?:(\\d{4})년\\s*)?(\\d{1,2})월\\s*(?:말|중|내)?(?:까지)?");
    private static final Pattern QUARTER = Pattern.compile("([1-4])\\s*분기(?:\\s*중|\\s*내|까지)?");

    private DueDates() {
    }

    public static Optional<LocalDate> parse(String said, LocalDate today) {
        String text = Text.blankToNull(said);
        if (text == null) {
            return Optional.empty();
        }
        int year = today.getYear();
        String t = text.replace(" ", "");
        if (t.startsWith("내년")) {
            year++;
            t = t.substring(2);
        } else if (t.startsWith("올해") || t.startsWith("금년")) {
            t = t.substring(2);
        }
        Matcher m;
        try {
            if ((m = ISO.matcher(t)).matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if ((m = MONTH_DAY.matcher(t)).matches()) {
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
                LocalDate d = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return Optional.of(m.group(1) == null && d.isBefore(today) && !said.contains("올해") ? d.plusYears(1) : d);
            }
            if ((m = SLASH.matcher(t)).matches()) {
                LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(d.isBefore(today) ? d.plusYears(1) : d);
            }
            if ((m = MONTH.matcher(t)).matches()) {
                int month = Integer.parseInt(m.group(2));
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
                if (m.group(1) == null && y == today.getYear() && month < today.getMonthValue()) {
                    y++;
                }
                return Optional.of(YearMonth.of(y, month).atEndOfMonth());
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                int quarter = Integer.parseInt(m.group(1));
                int y = year == today.getYear() && quarter * 3 < today.getMonthValue() ? year + 1 : year;
                return Optional.of(YearMonth.of(y, quarter * 3).atEndOfMonth());
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        if (t.startsWith("상반기")) {
            int y = year == today.getYear() && today.getMonthValue() > 6 ? year + 1 : year;
            return Optional.of(LocalDate.of(y, 6, 30));
        }
        if (t.startsWith("하반기") || t.startsWith("연내") || t.startsWith("연말") || t.startsWith("올해안")
                || t.startsWith("금년내") || t.equals("내년") || t.startsWith("년내")) {
            return Optional.of(LocalDate.of(year, 12, 31));
        }
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
