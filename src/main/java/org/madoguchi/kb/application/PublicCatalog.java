package org.madoguchi.kb.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The live public articles, held in memory: the site's pages read them without touching the database, and they
 * are rendered once, not per request. Rebuilt after any committed change to an article, and every minute so that
 * "most used" follows the view counts.
 */
@ApplicationScoped
public class PublicCatalog {

    private static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** One consistent picture of the site's content. */
    public record Snapshot(List<LiveArticle> byUpdate, Map<String, LiveArticle> bySlug,
                           Map<Long, LiveArticle> byId, Map<String, Long> categoryCounts, Instant builtAt,
                           Map<Long, List<LiveArticle>> related) {

        static Snapshot of(List<LiveArticle> articles, Instant builtAt) {
            List<LiveArticle> byUpdate = articles.stream()
                    .sorted(Comparator.comparing(LiveArticle::updated).reversed().thenComparing(LiveArticle::slug))
                    .toList();
            Map<String, Long> counts = articles.stream()
                    .collect(Collectors.groupingBy(LiveArticle::category, LinkedHashMap::new, Collectors.counting()));
            return new Snapshot(byUpdate,
                    articles.stream().collect(Collectors.toMap(LiveArticle::slug, Function.identity())),
                    articles.stream().collect(Collectors.toMap(LiveArticle::id, Function.identity())),
                    counts, builtAt, new ConcurrentHashMap<>());
        }

        public List<LiveArticle> mostViewed(int n) {
            return byUpdate.stream().sorted(Comparator.comparingLong(LiveArticle::views).reversed()
                    .thenComparing(LiveArticle::slug)).limit(n).toList();
        }

        public Optional<LiveArticle> bySlug(String slug) {
            return Optional.ofNullable(bySlug.get(slug));
        }
    }

    @Inject
    CatalogLoader loader;
    @Inject
    Clock clock;

    private volatile Snapshot current;
    private volatile boolean stale = true;

    public Snapshot snapshot() {
        Snapshot s = current;
        if (s == null || stale || s.builtAt().plus(MAX_AGE).isBefore(clock.instant())) {
            return rebuild();
        }
        return s;
    }

    private synchronized Snapshot rebuild() {
        Snapshot s = current;
        if (s != null && !stale && !s.builtAt().plus(MAX_AGE).isBefore(clock.instant())) {
            return s;
        }
        stale = false;
        Snapshot built = Snapshot.of(loader.liveLiveArticles(), clock.instant());
        current = built;
        return built;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) KbChanged change) {
        stale = true;
    }
}
