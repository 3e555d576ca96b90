package org.madoguchi.search.orm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import java.time.Instant;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.search.TriageDocument;
import org.madoguchi.ticket.domain.Ticket;

/**
 * How many tickets and articles the index holds, against the database: the administrator's check that the index
 * is whole (after a crash, a restore of the database, or a cluster that lost documents). Every ticket and article
 * is indexed, so the counts agree whenever no rebuild is running and no transaction is between them.
 */
@ApplicationScoped
public class IndexCensus {

    /** One kind of entry: {@code ticket} or {@code article}. */
    public record Count(String kind, long indexed, long stored) {
        public boolean agrees() {
            return indexed == stored;
        }
    }

    /** The counts, and whether a rebuild was running (its counts are still growing). */
    public record Census(List<Count> counts, boolean rebuilding, Instant takenAt) {
        public boolean consistent() {
            return counts.stream().allMatch(Count::agrees);
        }
    }

    @PersistenceUnit
    EntityManagerFactory emf;
    @Inject
    IndexMaintenance maintenance;

    public Census take() {
        boolean rebuilding = maintenance.lastRebuild().map(IndexRebuild::isRunning).orElse(false);
        EntityManager em = emf.createEntityManager();
        try {
            return new Census(List.of(count(em, Ticket.class, TriageDocument.TICKET),
                    count(em, Article.class, TriageDocument.ARTICLE)),
                    rebuilding, Instant.now());
        } finally {
            em.close();
        }
    }

    private static Count count(EntityManager em, Class<?> type, String kind) {
        long indexed = Search.session(em).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<Long> stored = builder.createQuery(Long.class);
        stored.select(builder.count(stored.from(type)));
        return new Count(kind, indexed, em.createQuery(stored).getSingleResult());
    }
}
