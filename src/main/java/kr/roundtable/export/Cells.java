package kr.roundtable.export;

/** Cell text rules shared by the spreadsheets. */
public final class Cells {
    private Cells() {
    }

    /** Whether a spreadsheet would take the text for a formula: it starts with =, +, -, @, a tab or a carriage return. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
