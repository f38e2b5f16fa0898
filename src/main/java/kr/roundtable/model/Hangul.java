package kr.roundtable.model;

/** Korean text rules: initial consonants (초성) of syllables, and whether a query is made of them. */
public final class Hangul {
    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    private static final int SYLLABLES_PER_INITIAL = 21 * 28;
    private static final char[] INITIALS = {'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ',
            'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'};

    private Hangul() {
    }

    /** "홍길동" → "ㅎㄱㄷ"; characters that are not Hangul syllables are dropped. */
    public static String initials(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE) {
                out.append(INITIALS[(c - FIRST_SYLLABLE) / SYLLABLES_PER_INITIAL]);
            }
        }
        return out.toString();
    }

    /** Whether {@code query} is only initial consonants (ㄱ…ㅎ), as in "ㅎㄱㄷ". */
    public static boolean isInitialsQuery(String query) {
        String q = query.strip();
        if (q.isEmpty()) {
            return false;
        }
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c != ' ' && !isInitial(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isInitial(char c) {
        for (char initial : INITIALS) {
            if (initial == c) {
                return true;
            }
        }
        return false;
    }
}
