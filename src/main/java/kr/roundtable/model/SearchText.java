package kr.roundtable.model;

import java.text.Normalizer;
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

    /** Folds a query (or a field) the way the index does: NFKC, lower case, one space between words. */
    public static String normalizeQuery(String query) {
        return Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
    }
}
