package org.madoguchi.kb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.madoguchi.kb.domain.UsageKind;

/** The kb_usage table: counts per article and month, added to (never overwritten) so that reports can sum them. */
@ApplicationScoped
public class UsageTable {

    /** One article's counts for one month. */
    public record Row(long articleId, String slug, String month, Map<UsageKind, Long> counts) {
        public long get(UsageKind kind) {
            return counts.getOrDefault(kind, 0L);
        }
    }

    @PersistenceContext
    EntityManager em;

    /** Adds {@code delta} to one count, creating the month's row on first use. */
    public void add(long articleId, String month, UsageKind kind, long delta) {
        int updated = em.createNativeQuery("UPDATE kb_usage SET " + kind.column() + " = " + kind.column()
                        + " + ?1 WHERE article_id = ?2 AND usage_month = ?3")
                .setParameter(1, delta).setParameter(2, articleId).setParameter(3, month).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO kb_usage (article_id, usage_month, " + kind.column()
                            + ") VALUES (?1, ?2, ?3)")
                    .setParameter(1, articleId).setParameter(2, month).setParameter(3, delta).executeUpdate();
        }
    }

    /** Every row of one month ({@code YYYY-MM}), or of all months when month is null. */
    public List<Row> rows(String month) {
        return rows(month == null ? "" : " WHERE u.usage_month = ?1", month);
    }

    /** One article's rows, the latest month first. */
    public List<Row> rowsOf(long articleId) {
        return rows(" WHERE u.article_id = ?1", articleId);
    }

    private List<Row> rows(String where, Object parameter) {
        String sql = "SELECT u.article_id, u.usage_month, u.views, u.helpful_yes, u.helpful_no, u.deflections, "
                + "u.linked_tickets, a.slug FROM kb_usage u JOIN kb_article a ON a.id = u.article_id" + where
                + " ORDER BY u.usage_month DESC, a.slug";
        var q = em.createNativeQuery(sql);
        if (parameter != null) {
            q.setParameter(1, parameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> raw = q.getResultList();
        return raw.stream().map(UsageTable::row).toList();
    }

    /** Views of every article over all months, for "most used". */
    public Map<Long, Long> totalViews() {
        @SuppressWarnings("unchecked")
        List<Object[]> raw = em.createNativeQuery("SELECT article_id, SUM(views) FROM kb_usage GROUP BY article_id")
                .getResultList();
        Map<Long, Long> views = new HashMap<>();
        raw.forEach(r -> views.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return views;
    }

    private static Row row(Object[] r) {
        Map<UsageKind, Long> counts = new EnumMap<>(UsageKind.class);
        UsageKind[] kinds = {UsageKind.VIEW, UsageKind.HELPFUL_YES, UsageKind.HELPFUL_NO, UsageKind.DEFLECTION,
                UsageKind.LINKED_TICKET};
        for (int i = 0; i < kinds.length; i++) {
            counts.put(kinds[i], ((Number) r[2 + i]).longValue());
        }
        return new Row(((Number) r[0]).longValue(), (String) r[7], (String) r[1], counts);
    }
}
