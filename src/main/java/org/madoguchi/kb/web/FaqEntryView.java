package org.madoguchi.kb.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.madoguchi.kb.application.LiveArticle;
import org.madoguchi.kb.application.PublicQa;
import org.madoguchi.kb.domain.ReaderFeedback;
import org.madoguchi.platform.web.LocaleSwitch;

/**
 * {@code /faq/{slug}}: one entry with "was this helpful?", related entries and the way on to an inquiry. The
 * article comes from {@link FaqPathFilter}; the page cannot be opened without it.
 */
@Named
@ViewScoped
public class FaqEntryView implements Serializable {

    static final int RELATED = 5;

    @Inject
    transient PublicQa qa;
    @Inject
    transient LocaleSwitch locale;

    private String slug;
    private String searched;
    private Boolean voted;
    private String comment;
    private boolean commentSent;

    @PostConstruct
    void init() {
        var request = FacesContext.getCurrentInstance().getExternalContext();
        Object article = request.getRequestMap().get(FaqPathFilter.ARTICLE);
        if (article instanceof LiveArticle a) {
            slug = a.slug();
            searched = request.getRequestParameterMap().get("q");
        }
    }

    /** Refuses the page when it was not reached through an entry URL. */
    public void requireEntry() throws IOException {
        if (getArticle() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not Found");
            faces.responseComplete();
        }
    }

    public LiveArticle getArticle() {
        return slug == null ? null : qa.entry(slug).orElse(null);
    }

    public LiveArticle.Text getText() {
        LiveArticle a = getArticle();
        return a == null ? null : a.text(locale.getLocale());
    }

    public LiveArticle.Text text(LiveArticle article) {
        return article.text(locale.getLocale());
    }

    public List<LiveArticle> getRelated() {
        LiveArticle a = getArticle();
        return a == null ? List.of() : qa.related(a, RELATED);
    }

    public void vote(boolean helpful) {
        LiveArticle a = getArticle();
        if (a == null || voted != null) {
            return;
        }
        qa.vote(a, helpful, null, locale.getLanguage());
        voted = helpful;
    }

    /** The optional comment after a vote, kept with a vote of its own kind so that nothing is counted twice. */
    public void sendComment() {
        LiveArticle a = getArticle();
        if (a == null || voted == null || commentSent || comment == null || comment.isBlank()) {
            return;
        }
        qa.comment(a, voted, comment, locale.getLanguage());
        commentSent = true;
    }

    /** The inquiry form with what the reader searched for, else this entry's question, as its subject. */
    public String getInquiryLink() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        LiveArticle.Text text = getText();
        String carried = searched != null && !searched.isBlank() ? searched : text == null ? null : text.title();
        return QaSiteView.inquiryLink(contextPath, carried);
    }

    public int getCommentMax() {
        return ReaderFeedback.COMMENT_MAX;
    }

    public Boolean getVoted() {
        return voted;
    }

    public boolean isCommentSent() {
        return commentSent;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
