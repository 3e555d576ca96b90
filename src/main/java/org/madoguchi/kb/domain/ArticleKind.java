package org.madoguchi.kb.domain;

import java.util.Locale;

/** A question with its answer, or a document (an operations procedure, a manual) with a version and a location. */
public enum ArticleKind {
    QA,
    DOCUMENT;

    /** The lower-case name used in files, URLs and the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleKind of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
