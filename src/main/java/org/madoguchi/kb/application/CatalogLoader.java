package org.madoguchi.kb.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.ArticleContent;
import org.madoguchi.kb.domain.ArticleRevision;
import org.madoguchi.kb.domain.LocalizedText;
import org.madoguchi.kb.domain.MarkdownRenderer;
import org.madoguchi.kb.persistence.ArticleRepository;
import org.madoguchi.kb.persistence.UsageTable;

/** Reads the live public articles from the database and renders them for the {@link PublicCatalog}. */
@ApplicationScoped
public class CatalogLoader {

    static final int SUMMARY_CHARS = 120;

    @Inject
    ArticleRepository articles;
    @Inject
    UsageTable usage;

    @Transactional
    public List<LiveArticle> liveLiveArticles() {
        Map<Long, Long> views = usage.totalViews();
        return articles.allWithRevisions().stream().filter(Article::isPublicLive)
                .map(a -> render(a, views.getOrDefault(a.getId(), 0L))).toList();
    }

    public static LiveArticle render(Article article, long views) {
        ArticleRevision live = article.live().orElseThrow();
        ArticleContent content = live.getContent();
        Map<String, LiveArticle.Text> texts = new LinkedHashMap<>();
        for (String lang : content.languages()) {
            LocalizedText t = content.text(lang);
            String plain = MarkdownRenderer.toPlainText(t.body());
            texts.put(lang, new LiveArticle.Text(lang, t.title(), t.body(), MarkdownRenderer.toSafeHtml(t.body()),
                    plain, summary(plain)));
        }
        return new LiveArticle(article.getId(), article.getSlug(), article.getKind(), content.getVisibility(),
                live.getNumber(), content.getCategory(),
                content.getSystemCode(), content.getTags(), texts, live.getCreatedAt(), content.getDocumentVersion(),
                content.getDocumentLocation(), views);
    }

    static String summary(String plain) {
        String oneLine = plain.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SUMMARY_CHARS ? oneLine : oneLine.substring(0, SUMMARY_CHARS - 1) + "…";
    }
}
