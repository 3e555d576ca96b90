package org.madoguchi.kb.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.persistence.ArticleRepository;

/**
 * Reading live articles by caller: anyone reads the public ones (from the in-memory catalogue); agents and the
 * city also read internal ones.
 */
@ApplicationScoped
public class ArticleReader {

    @Inject
    PublicCatalog catalog;
    @Inject
    ArticleRepository articles;
    @Inject
    ArticleSearch search;
    @Inject
    CurrentUser currentUser;

    public boolean seesInternal() {
        return currentUser.may(Permission.READ_KB);
    }

    @Transactional
    public Optional<LiveArticle> bySlug(String slug) {
        Optional<LiveArticle> shown = catalog.snapshot().bySlug(slug);
        if (shown.isPresent() || !seesInternal()) {
            return shown;
        }
        return articles.bySlug(slug).filter(Article::isLive).map(a -> CatalogLoader.render(a, 0));
    }

    /** Live articles of a category and system (null: any): a search when {@code q} is given, else newest first. */
    @Transactional
    public List<LiveArticle> find(String q, String category, String system, int limit) {
        boolean agents = seesInternal();
        if (q != null && !q.isBlank()) {
            var audience = agents ? ArticleSearch.Audience.AGENTS : ArticleSearch.Audience.PUBLIC;
            return search.search(q, audience, category, null, limit).stream()
                    .map(h -> agents ? articles.byId(h.articleId()).filter(Article::isLive)
                            .map(a -> CatalogLoader.render(a, 0)) : catalog.snapshot().bySlug(h.slug()))
                    .flatMap(Optional::stream)
                    .filter(a -> system == null || system.isBlank() || system.equals(a.systemCode())).toList();
        }
        if (!agents) {
            return catalog.snapshot().byUpdate().stream().filter(a -> matches(a, category, system)).limit(limit).toList();
        }
        return articles.allWithRevisions().stream().filter(Article::isLive).map(a -> CatalogLoader.render(a, 0))
                .filter(a -> matches(a, category, system))
                .sorted(Comparator.comparing(LiveArticle::updated).reversed()).limit(limit).toList();
    }

    private static boolean matches(LiveArticle a, String category, String system) {
        return (category == null || category.isBlank() || category.equals(a.category()))
                && (system == null || system.isBlank() || system.equals(a.systemCode()));
    }
}
