package kr.roundtable.model;

import java.util.Locale;

/**
 * What a person is found by: name, organization, department, title, phone (with and without hyphens) and email,
 * lower-cased, plus the initial consonants (초성) of name and organization so "ㅎㄱㄷ" finds 홍길동.
 */
public final class SearchText {
    private static final char SEPARATOR = '\u001f';

    private SearchText() {
    }

    public static String of(Person person, String organizationName) {
        StringBuilder text = new StringBuilder(128);
        for (String field : new String[] {person.name(), organizationName, person.department(), person.title(),
                person.phone(), person.email()}) {
            if (field != null) {
                text.append(normalizeQuery(field)).append(SEPARATOR);
            }
        }
        if (person.phone() != null) {
            text.append(person.phone().replaceAll("[^0-9]", "")).append(SEPARATOR);
        }
        text.append(Hangul.initials(person.name())).append(SEPARATOR);
        if (organizationName != null) {
            text.append(Hangul.initials(organizationName)).append(SEPARATOR);
        }
        return text.toString();
    }

    /**
     * Folds a query (or a field) the way the index does: full-width letters and digits to ASCII, lower case, one
     * space between words. Not NFKC: that would turn the 초성 ㅎ (U+314E) into the conjoining ᄒ (U+1112).
     */
    public static String normalizeQuery(String query) {
        StringBuilder folded = new StringBuilder(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            folded.append(c);
        }
        return folded.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
