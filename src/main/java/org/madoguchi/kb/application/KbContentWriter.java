package org.madoguchi.kb.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.KbFiles;
import org.madoguchi.kb.persistence.ArticleRepository;

/** Writes one imported article in its own transaction, so that one bad entry does not stop the others. */
@ApplicationScoped
public class KbContentWriter {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    static final String AUTHOR = "kb-content";

    @Inject
    ArticleRepository articles;
    @Inject
    Event<KbChanged> changes;

    @Transactional
    public long articleCount() {
        return articles.count();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome write(KbFiles.Entry entry, ZoneId zone) {
        Instant at = entry.updated().atStartOfDay(zone).toInstant();
        var existing = articles.bySlug(entry.id());
        if (existing.isEmpty()) {
            Article created = Article.imported(entry.id(), entry.kind(), entry.version(), entry.content(),
                    entry.published(), AUTHOR, at);
            articles.add(created);
            changes.fire(new KbChanged(created.getId()));
            return Outcome.CREATED;
        }
        Article article = existing.get();
        if (article.getKind() != entry.kind()) {
            throw new IllegalArgumentException("the article '" + entry.id() + "' is a " + article.getKind().code()
                    + ", the file says " + entry.kind().code());
        }
        if (!article.importVersion(entry.version(), entry.content(), entry.published(), AUTHOR, at)) {
            return Outcome.UNCHANGED;
        }
        changes.fire(new KbChanged(article.getId()));
        return Outcome.UPDATED;
    }
}
