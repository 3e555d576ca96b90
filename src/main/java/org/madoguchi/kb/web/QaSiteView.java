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
        String cut = text.strip().length() > 200 ? text.strip().substring(0, 200) : text.strip();
        return contextPath + "/inquiry/new?subject=" + URLEncoder.encode(cut, StandardCharsets.UTF_8);
    }
}
