package kr.roundtable.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import kr.roundtable.model.Labelled;

/**
 * The user-visible words, from {@code kr/roundtable/i18n/messages*.properties}. Korean is the base bundle, English
 * the second; one instance per language, made in the composition root and passed to whoever shows text.
 */
public final class I18n {
    public static final String BUNDLE = "kr.roundtable.i18n.messages";
    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : KOREAN;
        // The Korean base bundle must win for ko even when the JVM default locale is English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Language from a stored code ("ko", "en"); anything else is Korean. */
    public static I18n forLanguage(String code) {
        return new I18n("en".equals(code) ? ENGLISH : KOREAN);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String label(Labelled value) {
        return value == null ? "" : text(value.labelKey());
    }
}
