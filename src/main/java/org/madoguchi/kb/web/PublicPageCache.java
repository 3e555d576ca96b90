package org.madoguchi.kb.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.madoguchi.kb.application.KbChanged;

/**
 * The public Q&A pages as last rendered, by URL and language. They hold nothing personal (no session, no form
 * state), so every reader gets the same bytes: rendering a page once instead of per request is what lets the site
 * answer a burst of readers quickly. Emptied after any committed change to an article. A page older than
 * {@link #FRESH_FOR} is rendered again by one request while the others still get the older copy, and when many
 * readers ask for a page nobody has yet, one renders it and the others wait for that one: a burst never renders the
 * same page many times over.
 */
@ApplicationScoped
public class PublicPageCache {

    /** How long a page is shown as rendered: "most read" and the counts follow within this time. */
    static final long FRESH_FOR_NANOS = Duration.ofSeconds(30).toNanos();
    static final int MAX_PAGES = 2_000;
    private static final long WAIT_FOR_OTHER_SECONDS = 10;

    /** A rendered page. */
    public record Page(String contentType, byte[] body, long renderedAt) {
        boolean isFresh() {
            return System.nanoTime() - renderedAt < FRESH_FOR_NANOS;
        }
    }

    /** What a request should do about a page: send it, or render it (and then {@link #rendered}). */
    public record Lookup(Page page, boolean render) {
    }

    private final Cache<String, Page> pages = Caffeine.newBuilder().maximumSize(MAX_PAGES)
            .expireAfterWrite(Duration.ofMinutes(30)).build();
    private final ConcurrentHashMap<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

    /** The page to send, or {@code render=true} when this request is the one to render it. */
    public Lookup lookup(String key) {
        Page page = pages.getIfPresent(key);
        if (page != null && page.isFresh()) {
            return new Lookup(page, false);
        }
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> other = rendering.putIfAbsent(key, mine);
        if (other == null) {
            return new Lookup(null, true);
        }
        if (page != null) {
            return new Lookup(page, false);
        }
        return new Lookup(await(other), false);
    }

    /** The rendering request's result (null when the page is not one to keep); wakes those who waited for it. */
    public void rendered(String key, String contentType, byte[] body) {
        Page page = body == null ? null : new Page(contentType, body, System.nanoTime());
        if (page != null) {
            pages.put(key, page);
        }
        CompletableFuture<Page> flight = rendering.remove(key);
        if (flight != null) {
            flight.complete(page);
        }
    }

    private static Page await(CompletableFuture<Page> other) {
        try {
            return other.get(WAIT_FOR_OTHER_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) KbChanged change) {
        pages.invalidateAll();
    }
}
