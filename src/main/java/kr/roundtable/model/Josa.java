package kr.roundtable.model;

/** Korean particles that depend on whether a word ends in a consonant: 은/는, 을/를, 이/가, (이)라고. */
public final class Josa {
    private Josa() {
    }

    static boolean endsWithConsonant(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        String w = word.replaceAll("['\"’”)\\]\\s]+$", "");
        if (w.isEmpty()) {
            return false;
        }
        char last = w.charAt(w.length() - 1);
        if (last >= '\uAC00' && last <= '\uD7A3') {
            return (last - 0xAC00) % 28 != 0;
        }
        return "013678lmnLMN".indexOf(last) >= 0; // 영, 일, 삼, 육, 칠, 팔; L, M, N read with a final consonant
    }

    /** "과학기술정보통신부는", "협회는", "박윤규 차관은". */
    public static String topic(String word) {
        return word + (endsWithConsonant(word) ? "은" : "는");
    }

    /** "간담회를", "협의회를", "현장을". */
    public static String object(String word) {
        return word + (endsWithConsonant(word) ? "을" : "를");
    }
}
