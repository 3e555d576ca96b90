package org.madoguchi.kb.domain;

import java.util.Locale;

/**
 * Where an article's working version stands. A published article keeps its live version on the site while a
 * newer version goes through review again.
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED,
    ARCHIVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
