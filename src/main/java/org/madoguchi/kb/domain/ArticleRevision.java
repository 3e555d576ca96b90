package org.madoguchi.kb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of an article: what it said, who wrote it and when. Never changed once written. */
@Entity
@Table(name = "kb_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_revision_seq")
    @SequenceGenerator(name = "kb_revision_seq", sequenceName = "kb_revision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int number;

    @Embedded
    private ArticleContent content;

    @Column(nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(length = 500, updatable = false)
    private String note;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int number, ArticleContent content, String author, Instant createdAt, String note) {
        this.article = article;
        this.number = number;
        this.content = content;
        this.author = author;
        this.createdAt = createdAt;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public ArticleContent getContent() {
        return content;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getNote() {
        return note;
    }
}
