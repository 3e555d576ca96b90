package org.madoguchi.kb.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.madoguchi.kb.domain.ArticleKind;
import org.madoguchi.kb.domain.Visibility;

/**
 * The live version of an article as readers see it, rendered once: for each language its title, its Markdown,
 * its sanitised HTML and a plain-text summary.
 */
public record LiveArticle(long id, String slug, ArticleKind kind, Visibility visibility, int version, String category,
                          String systemCode, List<String> tags, Map<String, Text> texts, Instant updated,
                          String documentVersion, String documentLocation, long views) {

    public record Text(String lang, String title, String markdown, String html, String plain, String summary) {
    }

    /** The text in the reader's language, else the other one. */
    public Text text(Locale locale) {
        String lang = locale != null && "en".equals(locale.getLanguage()) ? "en" : "ja";
        Text t = texts.get(lang);
        return t != null ? t : texts.get("ja".equals(lang) ? "en" : "ja");
    }

    public boolean hasLanguage(String lang) {
        return texts.containsKey(lang);
    }
}
