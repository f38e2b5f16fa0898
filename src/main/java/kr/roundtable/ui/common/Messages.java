package kr.roundtable.ui.common;

import kr.roundtable.i18n.I18n;
import kr.roundtable.service.Refusal;

/** Turns what a service threw into a sentence for the user. */
public final class Messages {
    private Messages() {
    }

    public static String of(Throwable error, I18n i18n) {
        if (error instanceof Refusal refusal) {
            return i18n.text(refusal.key(), refusal.args());
        }
        if (error instanceof IllegalArgumentException) {
            return i18n.text("error.invalid", error.getMessage());
        }
        return i18n.text("error.unexpected", String.valueOf(error.getMessage()));
    }
}
