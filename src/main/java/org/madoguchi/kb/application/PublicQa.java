package org.madoguchi.kb.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.madoguchi.kb.domain.ReaderFeedback;
import org.madoguchi.kb.domain.UsageKind;
import org.madoguchi.kb.persistence.ArticleRepository;

/**
 * What the public Q&A site does: lists, entries, search with highlighted matches and suggestions, votes and the
 * counts the monthly review reads. No sign-in; only live public articles are ever shown.
 */
@ApplicationScoped
public class PublicQa {

    public static final int SUGGESTIONS = 6;
    private static final int EXCERPT_CHARS = 110;

    /** One search result: the article, its title and a passage with the matches marked (HTML-escaped). */
    public record Found(LiveArticle article, String titleHtml, String excerptHtml) {
    }

    @Inject
    PublicCatalog catalog;
    @Inject
    ArticleSearch search;
    @Inject
    UsageCounters counters;
    @Inject
    ArticleRepository articles;
    @Inject
    Clock clock;

    public PublicCatalog.Snapshot snapshot() {
        return catalog.snapshot();
    }

    public Optional<LiveArticle> entry(String slug) {
        return slug == null ? Optional.empty() : catalog.snapshot().bySlug(slug);
    }

    /** The live public articles of a category and system (null: any), newest first. */
    public List<LiveArticle> list(String category, String system) {
        return catalog.snapshot().byUpdate().stream()
                .filter(a -> category == null || category.isBlank() || category.equals(a.category()))
                .filter(a -> system == null || system.isBlank() || system.equals(a.systemCode()))
                .toList();
    }

    public List<Found> search(String query, String category, int limit, Locale locale) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        PublicCatalog.Snapshot snapshot = catalog.snapshot();
        List<Found> found = new ArrayList<>();
        ArticleSearch.Highlighter marks = search.highlighter(query);
        for (ArticleSearch.Hit hit : search.search(query, ArticleSearch.Audience.PUBLIC, category, null, limit)) {
            LiveArticle a = snapshot.byId().get(hit.articleId());
            if (a != null) {
                LiveArticle.Text text = a.text(locale);
                found.add(new Found(a, marks.highlight(text.title(), 400), marks.highlight(text.plain(), EXCERPT_CHARS)));
            }
        }
        return found;
    }

    /** Titles to offer while the reader types. */
    public List<LiveArticle> suggest(String query, int limit) {
        if (query == null || query.strip().length() < 2) {
            return List.of();
        }
        PublicCatalog.Snapshot snapshot = catalog.snapshot();
        return search.search(query, ArticleSearch.Audience.PUBLIC, null, null, limit).stream()
                .map(h -> snapshot.byId().get(h.articleId())).filter(a -> a != null).toList();
    }

    /** Entries about the same thing: found by this one's question and tags, else its category's newest. */
    public List<LiveArticle> related(LiveArticle article, int limit) {
        PublicCatalog.Snapshot snapshot = catalog.snapshot();
        // the same for every reader until the content changes: found once per catalogue
        return snapshot.related().computeIfAbsent(article.id(), id -> findRelated(snapshot, article, limit));
    }

    private List<LiveArticle> findRelated(PublicCatalog.Snapshot snapshot, LiveArticle article, int limit) {
        LiveArticle.Text text = article.text(Locale.JAPANESE);
        List<LiveArticle> related = new ArrayList<>(search.search(text.title() + " " + String.join(" ", article.tags()),
                        ArticleSearch.Audience.PUBLIC, null, article.id(), limit).stream()
                .map(h -> snapshot.byId().get(h.articleId())).filter(a -> a != null).toList());
        snapshot.byUpdate().stream().filter(a -> a.id() != article.id() && a.category().equals(article.category())
                        && !related.contains(a))
                .limit(Math.max(0, limit - related.size())).forEach(related::add);
        return related;
    }

    /** A reader opened an entry; one who came from the inquiry form's suggestions counts as deflected until they send it. */
    public void viewed(LiveArticle article, boolean fromInquiryForm) {
        counters.count(article.id(), UsageKind.VIEW, 1);
        if (fromInquiryForm) {
            counters.count(article.id(), UsageKind.DEFLECTION, 1);
        }
    }

    /** The reader sent the inquiry after all: the articles they read from its suggestions did not deflect it. */
    public void notDeflected(List<Long> articleIds) {
        articleIds.forEach(id -> counters.count(id, UsageKind.DEFLECTION, -1));
    }

    /** A reader's yes or no, counted for the review; the comment, if any, is kept for the desk to read. */
    @Transactional
    public void vote(LiveArticle article, boolean helpful, String comment, String lang) {
        articles.add(new ReaderFeedback(article.id(), helpful, comment, lang, clock.instant()));
        counters.count(article.id(), helpful ? UsageKind.HELPFUL_YES : UsageKind.HELPFUL_NO, 1);
    }

    /** A comment sent after the reader's vote: kept with that vote's answer, not counted again. */
    @Transactional
    public void comment(LiveArticle article, boolean helpful, String comment, String lang) {
        articles.add(new ReaderFeedback(article.id(), helpful, comment, lang, clock.instant()));
    }
}
