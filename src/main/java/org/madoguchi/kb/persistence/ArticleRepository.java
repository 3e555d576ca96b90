package org.madoguchi.kb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.ArticleStatus;
import org.madoguchi.kb.domain.Attachment;
import org.madoguchi.kb.domain.ReaderFeedback;

/** Loads and stores articles and what belongs to them. */
@ApplicationScoped
public class ArticleRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Article article) {
        em.persist(article);
    }

    public void add(ReaderFeedback feedback) {
        em.persist(feedback);
    }

    public void add(Attachment attachment) {
        em.persist(attachment);
    }

    public Optional<Article> bySlug(String slug) {
        return em.createQuery("select a from Article a where a.slug = :s", Article.class).setParameter("s", slug)
                .getResultStream().findFirst();
    }

    public Optional<Article> byId(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public long count() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }

    /** Every article with its revisions, for the public catalogue and exports (a desk has hundreds, not millions). */
    public List<Article> allWithRevisions() {
        return em.createQuery("select distinct a from Article a left join fetch a.revisions order by a.id", Article.class)
                .getResultList();
    }

    /** The console's list: newest change first, optionally only one status. */
    public List<Article> page(ArticleStatus status, int first, int size) {
        String where = status == null ? "" : " where a.status = :s";
        var q = em.createQuery("select a from Article a" + where + " order by a.updatedAt desc, a.id desc", Article.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countByStatus(ArticleStatus status) {
        String where = status == null ? "" : " where a.status = :s";
        var q = em.createQuery("select count(a) from Article a" + where, Long.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.getSingleResult();
    }

    public List<ReaderFeedback> feedback(long articleId, int max) {
        return em.createQuery("select f from ReaderFeedback f where f.articleId = :a order by f.createdAt desc",
                ReaderFeedback.class).setParameter("a", articleId).setMaxResults(max).getResultList();
    }

    public List<Attachment> attachments(long articleId) {
        return em.createQuery("select f from Attachment f where f.articleId = :a order by f.id", Attachment.class)
                .setParameter("a", articleId).getResultList();
    }

    public Optional<Attachment> attachment(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }
}
