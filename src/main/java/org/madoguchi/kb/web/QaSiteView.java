package org.madoguchi.kb.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.madoguchi.kb.application.LiveArticle;
import org.madoguchi.kb.application.PublicCatalog;
import org.madoguchi.kb.application.PublicQa;
import org.madoguchi.kb.domain.KbCategories;
import org.madoguchi.platform.web.LocaleSwitch;
import org.madoguchi.ticket.domain.TextRules;

/** The public home page: search, categories with their counts, the most used and the latest Q&A. */
@Named
@RequestScoped
public class QaSiteView {

    static final int SHOWN = 6;

    @Inject
    PublicQa qa;
    @Inject
    LocaleSwitch locale;

    private PublicCatalog.Snapshot snapshot;

    private PublicCatalog.Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = qa.snapshot();
        }
        return snapshot;
    }

    /** Category codes that have entries, in the desk's order. */
    public List<String> getCategories() {
        Map<String, Long> counts = snapshot().categoryCounts();
        return KbCategories.CODES.stream().filter(counts::containsKey).toList();
    }

    public long count(String category) {
        return snapshot().categoryCounts().getOrDefault(category, 0L);
    }

    public List<LiveArticle> getMostUsed() {
        return snapshot().mostViewed(SHOWN);
    }

    public List<LiveArticle> getRecent() {
        return snapshot().byUpdate().stream().limit(SHOWN).toList();
    }

    public LiveArticle.Text text(LiveArticle article) {
        return article.text(locale.getLocale());
    }

    /** The inquiry form with a text carried over as its subject. */
    public static String inquiryLink(String contextPath, String text) {
        if (text == null || text.isBlank()) {
            return contextPath + "/inquiry/new";
        }
        return contextPath + "/inquiry/new?subject=" + URLEncoder.encode(searchText(text), StandardCharsets.UTF_8);
    }

    /** Characters of a reader's search that the site reads and repeats: its search box takes as many. */
    static final int SEARCH_CHARS = 200;

    /**
     * A reader's search as the site reads it: stripped, and cut to {@link #SEARCH_CHARS}. A page repeats the search
     * in every link it makes, so a search address of hundreds of kilobytes, made by hand, must not be repeated whole.
     */
    static String searchText(String text) {
        return text == null ? null : TextRules.cut(text.strip(), SEARCH_CHARS);
    }
}
