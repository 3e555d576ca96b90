package org.madoguchi.ticket.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.madoguchi.platform.time.DayRange;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Priority;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketNumberCounter;

/** Loads, stores and filters tickets. */
@ApplicationScoped
public class TicketRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<QueueFacet> facets;

    public void add(Ticket ticket) {
        em.persist(ticket);
    }

    public Optional<Ticket> byNumber(String number) {
        return em.createQuery("select t from Ticket t where t.number = :n", Ticket.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    /** The tickets with these numbers, in one query (unknown numbers are left out), by number. */
    public Map<String, Ticket> byNumbers(Collection<String> numbers) {
        Map<String, Ticket> found = new HashMap<>();
        if (!numbers.isEmpty()) {
            em.createQuery("select t from Ticket t where t.number in :n", Ticket.class)
                    .setParameter("n", Set.copyOf(numbers)).getResultList()
                    .forEach(t -> found.put(t.getNumber(), t));
        }
        return found;
    }

    public Optional<Ticket> byStatusToken(String token) {
        return em.createQuery("select t from Ticket t where t.statusToken = :k", Ticket.class)
                .setParameter("k", token).getResultStream().findFirst();
    }

    /** The year's counter row, locked until the transaction ends; empty if the year has none yet. */
    public Optional<TicketNumberCounter> lockedCounter(int year) {
        return Optional.ofNullable(em.find(TicketNumberCounter.class, year, LockModeType.PESSIMISTIC_WRITE));
    }

    public void addCounter(TicketNumberCounter counter) {
        em.persist(counter);
        em.flush();
    }

    public List<Ticket> page(TicketFilter filter, ZoneId zone, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Ticket> q = cb.createQuery(Ticket.class);
        Root<Ticket> t = q.from(Ticket.class);
        t.fetch("assignee", JoinType.LEFT);
        t.fetch("system", JoinType.LEFT);
        q.select(t).where(predicates(cb, q, t, filter, zone));
        Expression<?> key = switch (filter.sort()) {
            case RECEIVED -> t.get("times").get("receivedAt");
            case UPDATED -> t.get("updatedAt");
            case PRIORITY -> priorityRank(cb, t);
            case NUMBER -> t.get("number");
            case STATUS -> t.get("status");
        };
        q.orderBy(filter.descending() ? cb.desc(key) : cb.asc(key), cb.desc(t.get("id")));
        TypedQuery<Ticket> query = em.createQuery(q).setFirstResult(first).setMaxResults(size);
        return query.getResultList();
    }

    public long count(TicketFilter filter, ZoneId zone) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Ticket> t = q.from(Ticket.class);
        q.select(cb.count(t)).where(predicates(cb, q, t, filter, zone));
        return em.createQuery(q).getSingleResult();
    }

    /** Sorting by priority means by urgency of work, not alphabetically. */
    private static Expression<Integer> priorityRank(CriteriaBuilder cb, Root<Ticket> t) {
        Path<Priority> priority = priority(t);
        return cb.<Integer>selectCase()
                .when(cb.equal(priority, Priority.CRITICAL), 4)
                .when(cb.equal(priority, Priority.HIGH), 3)
                .when(cb.equal(priority, Priority.MEDIUM), 2)
                .otherwise(1);
    }

    private static Path<Priority> priority(Root<Ticket> t) {
        return t.get("assessment").get("priority");
    }

    /** The facets other features offer to filter the queue by (none without them). */
    public List<QueueFacet> facets() {
        return facets.stream().sorted(Comparator.comparing(QueueFacet::key)).toList();
    }

    private Predicate[] predicates(CriteriaBuilder cb, AbstractQuery<?> q, Root<Ticket> t, TicketFilter f, ZoneId zone) {
        List<Predicate> p = new ArrayList<>();
        for (QueueFacet facet : facets) {
            String chosen = f.facets().get(facet.key());
            // a value the facet does not know (a stale bookmark) filters nothing rather than failing the queue
            facet.value(chosen).ifPresent(value -> p.add(facet.restrict(cb, q, t, value)));
        }
        if (!f.statuses().isEmpty()) {
            p.add(t.get("status").in(f.statuses()));
        }
        if (!f.types().isEmpty()) {
            p.add(t.get("type").in(f.types()));
        }
        if (!f.priorities().isEmpty()) {
            p.add(priority(t).in(f.priorities()));
        }
        if (f.systemCode() != null && !f.systemCode().isBlank()) {
            p.add(cb.equal(t.join("system", JoinType.LEFT).get("code"), f.systemCode()));
        }
        if (TicketFilter.UNASSIGNED.equals(f.assignee())) {
            p.add(cb.isNull(t.get("assignee")));
        } else if (f.assignee() != null && !f.assignee().isBlank()) {
            p.add(cb.equal(t.join("assignee", JoinType.LEFT).get("username"), f.assignee()));
        }
        DayRange received = new DayRange(f.receivedFrom(), f.receivedTo());
        if (received.start(zone) != null) {
            p.add(cb.greaterThanOrEqualTo(t.get("times").get("receivedAt"), received.start(zone)));
        }
        if (received.end(zone) != null) {
            p.add(cb.lessThan(t.get("times").get("receivedAt"), received.end(zone)));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + escapeLike(f.text().strip().toLowerCase(Locale.ROOT)) + "%";
            String exact = "%" + escapeLike(f.text().strip()) + "%";
            p.add(cb.or(
                    cb.like(cb.lower(t.get("number")), like, '\\'),
                    cb.like(cb.lower(t.get("subject")), like, '\\'),
                    // a CLOB takes no lower(); case matters little for the mostly Japanese descriptions
                    cb.like(t.get("description"), exact, '\\'),
                    cb.like(cb.lower(t.get("requester").get("name")), like, '\\'),
                    cb.like(cb.lower(t.get("requester").get("organization")), like, '\\'),
                    cb.like(cb.lower(t.get("requester").get("email")), like, '\\')));
        }
        return p.toArray(Predicate[]::new);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** One row per requester e-mail (or name when there is none), with their ticket count and last contact. */
    public List<RequesterSummary> requesters(String text, int first, int size) {
        String like = text == null || text.isBlank() ? null : "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("select new org.madoguchi.ticket.persistence.RequesterSummary("
                        + "max(t.requester.name), max(t.requester.organization), t.requester.email, "
                        + "max(t.requester.phone), count(t), max(t.times.receivedAt)) from Ticket t "
                        + "where t.requester.email is not null and (:like is null or lower(t.requester.name) like :like "
                        + "escape '\\' or lower(t.requester.email) like :like escape '\\' "
                        + "or lower(t.requester.organization) like :like escape '\\') "
                        + "group by t.requester.email order by max(t.times.receivedAt) desc", RequesterSummary.class)
                .setParameter("like", like).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public List<AffectedSystem> systems(boolean activeOnly) {
        List<AffectedSystem> all = em.createQuery("select s from AffectedSystem s order by s.sortOrder, s.code",
                AffectedSystem.class).getResultList();
        return activeOnly ? all.stream().filter(AffectedSystem::isActive).toList() : all;
    }

    public Optional<AffectedSystem> systemByCode(String code) {
        return em.createQuery("select s from AffectedSystem s where s.code = :c", AffectedSystem.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public void addSystem(AffectedSystem system) {
        em.persist(system);
    }
}
