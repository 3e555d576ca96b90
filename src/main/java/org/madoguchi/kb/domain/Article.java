package org.madoguchi.kb.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.RuleViolationException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.domain.LearntWordings;

/**
 * A knowledge-base article. It keeps every version it had; the working version is the one being edited and
 * reviewed, the live version the one readers see. It guards its lifecycle itself: draft → in review → approved →
 * published, archived from anywhere, and a new version of a published article goes through review again while
 * the old one stays live.
 */
@Entity
@Table(name = "kb_article")
public class Article {

    /** Lower-case letters, digits and hyphens: the article's address on the site and its id in kb-content. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_seq")
    @SequenceGenerator(name = "kb_article_seq", sequenceName = "kb_article_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, updatable = false, length = 100)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ArticleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ArticleStatus status;

    @Column(name = "working_no", nullable = false)
    private int workingNumber;

    @Column(name = "live_no")
    private Integer liveNumber;

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("number ASC")
    private List<ArticleRevision> revisions = new ArrayList<>();

    @Column(name = "source_ticket_no", length = 20, updatable = false)
    private String sourceTicket;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "asked_as")
    private String askedAs;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "submitted_by", length = 64)
    private String submittedBy;
    @Column(name = "approved_by", length = 64)
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected Article() {
    }

    /** A new draft, its first version written by {@code author}. */
    public static Article draft(String slug, ArticleKind kind, ArticleContent content, String sourceTicket,
                                String author, Instant now, String note) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new InvalidInputException(Violation.of("slug", "validation.kb.slug"));
        }
        requireValid(kind, content);
        Article a = new Article();
        a.slug = slug;
        a.kind = kind;
        a.status = ArticleStatus.DRAFT;
        a.sourceTicket = sourceTicket;
        a.createdBy = author;
        a.createdAt = now;
        a.addRevision(1, content, author, now, note);
        return a;
    }

    /** An article first seen in a kb-content file, with the file's version number. */
    public static Article imported(String slug, ArticleKind kind, int number, ArticleContent content, boolean published,
                                   String author, Instant at) {
        if (slug == null || !SLUG.matcher(slug).matches() || number < 1) {
            throw new InvalidInputException(Violation.of("slug", "validation.kb.slug"));
        }
        Article a = new Article();
        a.slug = slug;
        a.kind = kind;
        a.createdBy = author;
        a.createdAt = at;
        a.importVersion(number, content, published, author, at);
        return a;
    }

    /**
     * Saves a new version and puts the article back to draft (a published one stays live meanwhile). Returns false,
     * and changes nothing, when the content is the same as the working version's.
     */
    public boolean edit(ArticleContent content, String author, Instant now, String note) {
        requireValid(kind, content);
        if (content.equals(working().getContent())) {
            return false;
        }
        addRevision(workingNumber + 1, content, author, now, note);
        status = ArticleStatus.DRAFT;
        clearApproval();
        return true;
    }

    /** A new version with the content of an older one. */
    public boolean restore(int number, String author, Instant now, String note) {
        ArticleRevision old = revision(number).orElseThrow(() -> new RuleViolationException("kb.noSuchVersion", number));
        return edit(old.getContent(), author, now, note);
    }

    public void submitForReview(String actor, Instant now) {
        move(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, now);
        submittedBy = actor;
    }

    /** Approval; who may give it (the city for a public article) is checked by the caller with {@link #approvalByCity()}. */
    public void approve(String actor, Instant now) {
        move(ArticleStatus.IN_REVIEW, ArticleStatus.APPROVED, now);
        approvedBy = actor;
        approvedAt = now;
    }

    /** The reviewer sends the version back for more work. */
    public void returnToDraft(Instant now) {
        move(ArticleStatus.IN_REVIEW, ArticleStatus.DRAFT, now);
        clearApproval();
    }

    public void publish(Instant now) {
        move(ArticleStatus.APPROVED, ArticleStatus.PUBLISHED, now);
        liveNumber = workingNumber;
        publishedAt = now;
    }

    /** Takes the article off the site and out of triage; its versions stay. */
    public void archive(Instant now) {
        if (status == ArticleStatus.ARCHIVED) {
            throw new RuleViolationException("kb.transition", status.code(), ArticleStatus.ARCHIVED.code());
        }
        status = ArticleStatus.ARCHIVED;
        updatedAt = now;
    }

    /** Brings an archived article back as a draft of its working version. */
    public void unarchive(Instant now) {
        move(ArticleStatus.ARCHIVED, ArticleStatus.DRAFT, now);
        liveNumber = null;
        clearApproval();
    }

    /**
     * Imports a version reviewed elsewhere (a kb-content file), numbered as in the file; already published when the
     * file says so. Returns false when the article already has this version or a newer one.
     */
    public boolean importVersion(int number, ArticleContent content, boolean published, String author, Instant at) {
        if (number <= workingNumber) {
            return false;
        }
        requireValid(kind, content);
        addRevision(number, content, author, at, "kb-content");
        clearApproval();
        status = published ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT;
        if (published) {
            approvedBy = author;
            approvedAt = at;
            liveNumber = number;
            publishedAt = at;
        }
        return true;
    }

    /** Public articles need the city's approval; internal ones a manager's. */
    public boolean approvalByCity() {
        return working().getContent().getVisibility() == Visibility.PUBLIC;
    }

    /** An inquiry linked to this article by triage: it is found by that wording too. */
    public void learnWording(String inquiry) {
        if (inquiry == null || inquiry.isBlank()) {
            return;
        }
        askedAs = LearntWordings.add(askedAs, inquiry.strip());
    }

    /** An inquiry linked here was decided otherwise: its wording no longer finds this article. */
    public void unlearnWording(String inquiry) {
        if (inquiry != null && askedAs != null) {
            askedAs = LearntWordings.remove(askedAs, inquiry.strip());
        }
    }

    /** Readers see it: published at least once and not archived. */
    public boolean isLive() {
        return liveNumber != null && status != ArticleStatus.ARCHIVED;
    }

    public boolean isPublicLive() {
        return isLive() && live().orElseThrow().getContent().getVisibility() == Visibility.PUBLIC;
    }

    public ArticleRevision working() {
        return revision(workingNumber).orElseThrow();
    }

    public Optional<ArticleRevision> live() {
        return liveNumber == null ? Optional.empty() : revision(liveNumber);
    }

    public Optional<ArticleRevision> revision(int number) {
        return revisions.stream().filter(r -> r.getNumber() == number).findFirst();
    }

    /** A published article whose working version is newer than the live one. */
    public boolean hasUnpublishedChanges() {
        return liveNumber != null && liveNumber != workingNumber;
    }

    private void addRevision(int number, ArticleContent content, String author, Instant now, String note) {
        revisions.add(new ArticleRevision(this, number, content, author, now, note));
        workingNumber = number;
        updatedAt = now;
    }

    private void move(ArticleStatus from, ArticleStatus to, Instant now) {
        if (status != from) {
            throw new RuleViolationException("kb.transition", status.code(), to.code());
        }
        status = to;
        updatedAt = now;
    }

    private void clearApproval() {
        approvedBy = null;
        approvedAt = null;
        submittedBy = null;
    }

    private static void requireValid(ArticleKind kind, ArticleContent content) {
        var violations = content.violations(kind);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public List<String> wordings() {
        return LearntWordings.of(askedAs);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public int getWorkingNumber() {
        return workingNumber;
    }

    public Integer getLiveNumber() {
        return liveNumber;
    }

    public List<ArticleRevision> getRevisions() {
        return List.copyOf(revisions);
    }

    public String getSourceTicket() {
        return sourceTicket;
    }

    public String getAskedAs() {
        return askedAs;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
