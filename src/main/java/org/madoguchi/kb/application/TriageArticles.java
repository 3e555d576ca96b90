package org.madoguchi.kb.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.ArticleContent;
import org.madoguchi.kb.domain.ArticleRevision;
import org.madoguchi.kb.domain.LocalizedText;
import org.madoguchi.kb.domain.MarkdownRenderer;
import org.madoguchi.kb.domain.UsageKind;
import org.madoguchi.kb.persistence.ArticleRepository;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.triage.application.ArticleAnswers;

/** Live articles as triage candidates, and what a triage link teaches them. Runs in the triage's transaction. */
@ApplicationScoped
public class TriageArticles implements ArticleAnswers {

    @Inject
    ArticleRepository articles;
    @Inject
    UsageCounters counters;
    @Inject
    Event<KbChanged> changes;
    @Inject
    Settings settings;

    @Override
    public Optional<Answer> live(String id, String language) {
        return articles.bySlug(id).filter(Article::isLive).map(a -> {
            ArticleRevision live = a.live().orElseThrow();
            LocalizedText t = live.getContent().textFor(Locale.forLanguageTag(language));
            return new Answer(a.getSlug(), t.title(), MarkdownRenderer.toPlainText(t.body()), t.body(), a.wordings(),
                    live.getCreatedAt());
        });
    }

    @Override
    public List<Searchable> searchable() {
        return articles.allWithRevisions().stream().filter(Article::isLive).map(a -> {
            ArticleContent content = a.live().orElseThrow().getContent();
            List<String> titles = new ArrayList<>();
            List<String> text = new ArrayList<>();
            for (String language : content.languages()) {
                titles.add(content.text(language).title());
                text.add(MarkdownRenderer.toPlainText(content.text(language).body()));
            }
            text.add(String.join(" ", content.getTags()));
            return new Searchable(a.getSlug(), String.join("\n", titles), String.join("\n", text).strip());
        }).sorted(Comparator.comparing(Searchable::id)).toList();
    }

    @Override
    public boolean linked(String id, String ticketNumber, String inquiry) {
        Optional<Article> article = articles.bySlug(id).filter(Article::isLive);
        article.ifPresent(a -> {
            a.learnWording(inquiry);
            counters.count(a.getId(), UsageKind.LINKED_TICKET, 1);
            changes.fire(new KbChanged(a.getId()));
        });
        return article.isPresent();
    }

    @Override
    public void unlinked(String id, String inquiry, Instant linkedAt) {
        articles.bySlug(id).ifPresent(a -> {
            a.unlearnWording(inquiry);
            counters.count(a.getId(), UsageKind.LINKED_TICKET, -1, YearMonth.from(linkedAt.atZone(settings.zone())));
            changes.fire(new KbChanged(a.getId()));
        });
    }
}
