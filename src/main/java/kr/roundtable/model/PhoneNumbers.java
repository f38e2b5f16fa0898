package kr.roundtable.model;

import java.text.Normalizer;

/**
 * Korean phone numbers written any usual way ("01012345678", "010.1234.5678", "+82 10-1234-5678", "(02)597-8140",
 * full-width digits) to the one form people read: {@code 010-1234-5678}, {@code 02-597-8140}.
 */
public final class PhoneNumbers {
    private PhoneNumbers() {
    }

    /** The normalised number, or the trimmed input unchanged when it does not look like a Korean number. */
    public static String normalize(String raw) {
        String text = Text.blankToNull(raw);
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String digits = folded.replaceAll("[^0-9]", "");
        if (folded.strip().startsWith("+82") || digits.startsWith("82") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        if (digits.length() == 10 && digits.startsWith("1") && !digits.startsWith("15")) {
            digits = "0" + digits; // a spreadsheet kept 01012345678 as the number 1012345678
        }
        String formatted = format(digits);
        return formatted == null ? folded.strip() : formatted;
    }

    private static String format(String d) {
        if (d.startsWith("02") && (d.length() == 9 || d.length() == 10)) {
            return "02-" + d.substring(2, d.length() - 4) + "-" + d.substring(d.length() - 4);
        }
        if (d.startsWith("0") && (d.length() == 10 || d.length() == 11)) {
            return d.substring(0, 3) + "-" + d.substring(3, d.length() - 4) + "-" + d.substring(d.length() - 4);
        }
        if (d.length() == 8 && d.startsWith("1")) { // 대표번호 1588-0000
            return d.substring(0, 4) + "-" + d.substring(4);
        }
        return null;
    }

    /** "010-1234-5678" → "010-****-5678": the middle group hidden. */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String[] parts = phone.split("-");
        if (parts.length == 3) {
            return parts[0] + "-" + "*".repeat(parts[1].length()) + "-" + parts[2];
        }
        return phone.length() <= 4 ? phone : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
}
