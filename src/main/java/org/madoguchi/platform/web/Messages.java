package org.madoguchi.platform.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves UI message keys in {@code messages_ja.properties} / {@code messages_en.properties}. */
public final class Messages {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The supported locale closest to the one asked for; Japanese when nothing matches. */
    public static Locale supported(Locale locale) {
        if (locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return Locale.ENGLISH;
        }
        return JAPANESE;
    }
}
