package org.madoguchi.kb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.type.NumericBooleanConverter;

/** A reader's answer to "was this helpful?", with an optional comment for the desk. */
@Entity
@Table(name = "kb_feedback")
public class ReaderFeedback {

    public static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_feedback_seq")
    @SequenceGenerator(name = "kb_feedback_seq", sequenceName = "kb_feedback_seq", allocationSize = 50)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private Long articleId;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false, updatable = false)
    private boolean helpful;

    @Column(name = "comment_text", length = COMMENT_MAX, updatable = false)
    private String comment;

    @Column(length = 5, updatable = false)
    private String lang;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReaderFeedback() {
    }

    public ReaderFeedback(Long articleId, boolean helpful, String comment, String lang, Instant createdAt) {
        this.articleId = articleId;
        this.helpful = helpful;
        String c = comment == null ? null : comment.strip();
        this.comment = c == null || c.isEmpty() ? null : c.length() > COMMENT_MAX ? c.substring(0, COMMENT_MAX) : c;
        this.lang = lang;
        this.createdAt = createdAt;
    }

    public Long getArticleId() {
        return articleId;
    }

    public boolean isHelpful() {
        return helpful;
    }

    public String getComment() {
        return comment;
    }

    public String getLang() {
        return lang;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
