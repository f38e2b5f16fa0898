package kr.roundtable.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanTextTest {
    @ParameterizedTest
    @CsvSource({"홍길동, ㅎㄱㄷ", "네이버, ㄴㅇㅂ", "남궁민수, ㄴㄱㅁㅅ", "CES 혁신상 수상기업 A, ㅎㅅㅅㅅㅅㄱㅇ", "까치, ㄲㅊ"})
    void initialsOfSyllables(String text, String initials) {
        assertEquals(initials, Hangul.initials(text));
    }

    @Test
    void initialsQueryIsOnlyConsonants() {
        assertTrue(Hangul.isInitialsQuery("ㅎㄱㄷ"));
        assertTrue(Hangul.isInitialsQuery(" ㄴㅇㅂ "));
        assertFalse(Hangul.isInitialsQuery("홍ㄱㄷ"));
        assertFalse(Hangul.isInitialsQuery("수출"));
        assertFalse(Hangul.isInitialsQuery(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "01012345678|010-1234-5678",
            "010.1234.5678|010-1234-5678",
            "010 1234 5678 |010-1234-5678",
            "+82 10-1234-5678|010-1234-5678",
            "+82-2-597-8140|02-597-8140",
            "(02)597-8140|02-597-8140",
            "0225978140|02-2597-8140",
            "031-123-4567|031-123-4567",
            "０１０－１２３４－５６７８|010-1234-5678",
            "15880000|1588-0000",
            "1012345678|010-1234-5678",
            "내선 1234|내선 1234"})
    void phoneNumbersAreWrittenTheUsualWay(String raw, String expected) {
        assertEquals(expected, PhoneNumbers.normalize(raw));
    }

    @Test
    void blankPhoneIsAbsent() {
        assertNull(PhoneNumbers.normalize(" \u3000"));
    }

    @Test
    void maskingHidesTheMiddleGroup() {
        assertEquals("010-****-5678", PhoneNumbers.mask("010-1234-5678"));
        assertEquals("02-***-8140", PhoneNumbers.mask("02-597-8140"));
    }

    @Test
    void queryFoldingKeepsInitialsAndFoldsFullWidth() {
        assertEquals("ㅎㄱㄷ", SearchText.normalizeQuery("ㅎㄱㄷ"));
        assertEquals("abc 123", SearchText.normalizeQuery("ＡＢＣ\u3000１２３"));
    }

    @Test
    void searchTextHoldsFieldsDigitsAndInitials() {
        Person p = new Person(1, "홍길동", 1L, "수출지원팀", "대표이사", null, "010-1234-5678", "Hong@Example.kr", null,
                null);
        String text = SearchText.of(p, "네이버");
        for (String needle : new String[] {"홍길동", "네이버", "수출", "대표", "01012345678", "010-1234", "hong@example",
                "ㅎㄱㄷ", "ㄴㅇㅂ"}) {
            assertTrue(text.contains(needle), needle + " in " + text);
        }
    }
}
