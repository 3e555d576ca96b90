package org.madoguchi.kb.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.kb.application.ArticleService;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.ArticleContent;
import org.madoguchi.kb.domain.ArticleRevision;
import org.madoguchi.kb.domain.ArticleStatus;
import org.madoguchi.kb.domain.LocalizedText;
import org.madoguchi.kb.domain.MarkdownRenderer;
import org.madoguchi.kb.domain.ReaderFeedback;
import org.madoguchi.kb.persistence.UsageTable;
import org.madoguchi.kb.domain.TextDiff;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.platform.error.RuleViolationException;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.ticket.application.SystemCatalog;

/**
 * {@code /console/kb/article}: one article as its reviewers see it: the working version rendered, its status and
 * the actions the reader's role allows (send to review, approve or return, publish, archive), every version with
 * author and time, a readable diff between any two, and restoring an old one.
 */
@Named
@ViewScoped
public class ArticleReviewView implements Serializable {

    static final int FEEDBACK_SHOWN = 20;

    @Inject
    transient ArticleService articles;
    @Inject
    transient CurrentUser currentUser;
    @Inject
    transient SystemCatalog systems;

    private Long id;
    private String slug;
    private transient Article article;
    private Integer diffFrom;
    private Integer diffTo;

    /** {@code f:viewAction}: loads the article named by {@code id} or {@code slug}. */
    public void load() {
        if (id == null && slug != null) {
            id = articles.idOf(slug);
        }
        if (id == null) {
            throw new NotFoundException("No article named");
        }
        article = articles.get(id);
        int working = article.getWorkingNumber();
        diffTo = diffTo == null ? working : diffTo;
        diffFrom = diffFrom == null ? (article.getLiveNumber() != null && article.getLiveNumber() != working
                ? article.getLiveNumber() : Math.max(1, previous(working))) : diffFrom;
    }

    private int previous(int working) {
        return article.getRevisions().stream().mapToInt(ArticleRevision::getNumber).filter(n -> n < working).max()
                .orElse(working);
    }

    public Article getArticle() {
        if (article == null && id != null) {
            article = articles.get(id);
        }
        return article;
    }

    public LocalizedText text(String lang) {
        return getArticle().working().getContent().text(lang);
    }

    public String html(String lang) {
        LocalizedText t = text(lang);
        return t == null ? "" : MarkdownRenderer.toSafeHtml(t.body());
    }

    public ArticleContent getContent() {
        return getArticle().working().getContent();
    }

    public String getTags() {
        return String.join(", ", getContent().getTags());
    }

    public String title(Locale locale) {
        return getContent().textFor(locale).title();
    }

    /** The affected system's name as the ticket pages show it; its code if it is no longer offered. */
    public String systemName(Locale locale) {
        String code = getContent().getSystemCode();
        return code == null ? null : systems.active().stream().filter(s -> s.getCode().equals(code))
                .map(s -> s.name(locale)).findFirst().orElse(code);
    }

    public List<ArticleRevision> getVersions() {
        return getArticle().getRevisions().reversed();
    }

    public List<TextDiff.Line> getDiff() {
        if (diffFrom == null || diffTo == null || diffFrom.equals(diffTo)) {
            return List.of();
        }
        return articles.diff(id, diffFrom, diffTo);
    }

    public List<ReaderFeedback> getFeedback() {
        return articles.feedback(id, FEEDBACK_SHOWN);
    }

    public List<UsageTable.Row> getUsage() {
        return articles.usage(id);
    }

    public boolean isMayEdit() {
        return currentUser.may(Permission.EDIT_KB);
    }

    public boolean isMayApprove() {
        return getArticle().getStatus() == ArticleStatus.IN_REVIEW && currentUser.may(getArticle().approvalByCity()
                ? Permission.APPROVE_PUBLIC_KB : Permission.APPROVE_INTERNAL_KB);
    }

    public void submit() {
        act(articles::submitForReview, "kb.submitted");
    }

    public void approve() {
        act(articles::approve, "kb.approved");
    }

    public void returnToDraft() {
        act(articles::returnToDraft, "kb.returned");
    }

    public void publish() {
        act(articles::publish, "kb.published");
    }

    public void archive() {
        act(articles::archive, "kb.archived");
    }

    public void unarchive() {
        act(articles::unarchive, "kb.unarchived");
    }

    public void restore(int number) {
        try {
            if (articles.restore(id, number)) {
                Feedback.info("kb.restored", number);
            }
            reload();
        } catch (RuleViolationException e) {
            Feedback.show(e);
        }
    }

    public void compare() {
        article = null;
    }

    private void act(LongConsumer action, String done) {
        try {
            action.accept(id);
            Feedback.info(done);
        } catch (RuleViolationException e) {
            Feedback.show(e);
        } catch (InvalidInputException e) {
            Feedback.show("review", e);
        }
        reload();
    }

    private void reload() {
        article = null;
        diffTo = null;
        diffFrom = null;
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Integer getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(Integer diffFrom) {
        this.diffFrom = diffFrom;
    }

    public Integer getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(Integer diffTo) {
        this.diffTo = diffTo;
    }
}
