package org.madoguchi.kb.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.madoguchi.kb.application.LiveArticle;

/** The JSON shapes of the articles API. */
public final class ArticleJson {

    private ArticleJson() {
    }

    /** A list item; {@code excerpt} is HTML-escaped text with the matches of {@code q} in {@code <mark>}. */
    public record Summary(String id, String kind, String title, String category, List<String> tags, String system,
                          String visibility, LocalDate updated, String url, String excerpt) {
    }

    public record Page(long total, int page, int size, List<Summary> items) {
    }

    /** One article in one language; {@code html} is the sanitised rendering of {@code markdown}. */
    public record Detail(String id, String kind, String lang, List<String> languages, String title, String markdown,
                         String html, String category, List<String> tags, String system, String visibility,
                         int version, LocalDate updated, String documentVersion, String documentLocation, String url) {

        static Detail of(LiveArticle p, Locale locale, ZoneId zone, String base) {
            LiveArticle.Text t = p.text(locale);
            return new Detail(p.slug(), p.kind().code(), t.lang(), List.copyOf(p.texts().keySet()), t.title(),
                    t.markdown(), t.html(), p.category(), p.tags(), p.systemCode(), p.visibility().code(),
                    p.version(), p.updated().atZone(zone).toLocalDate(), p.documentVersion(), p.documentLocation(),
                    base + "/faq/" + p.slug());
        }
    }

    static Summary summary(LiveArticle p, Locale locale, ZoneId zone, String base, String excerpt) {
        LiveArticle.Text t = p.text(locale);
        return new Summary(p.slug(), p.kind().code(), t.title(), p.category(), p.tags(), p.systemCode(),
                p.visibility().code(), p.updated().atZone(zone).toLocalDate(), base + "/faq/" + p.slug(),
                excerpt == null ? Entities.escape(t.summary()) : excerpt);
    }
}
