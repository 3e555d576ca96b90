package org.madoguchi.kb.domain;

import java.util.Locale;

/** Who may read an article: everyone on the public Q&A site, or agents only. */
public enum Visibility {
    PUBLIC,
    INTERNAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
