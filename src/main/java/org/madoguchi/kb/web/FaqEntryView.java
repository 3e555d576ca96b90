package org.madoguchi.kb.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.madoguchi.kb.application.LiveArticle;
import org.madoguchi.kb.application.PublicQa;
import org.madoguchi.kb.domain.ReaderFeedback;
import org.madoguchi.platform.web.LocaleSwitch;

/**
 * {@code /faq/{slug}}: one entry with "was this helpful?", related entries and the way on to an inquiry. The
 * article comes from {@link QaPageFilter}; the page cannot be opened without it. Stateless: the vote goes to the
 * articles API from the page's script.
 */
@Named
@RequestScoped
public class FaqEntryView {

    static final int RELATED = 5;

    @Inject
    PublicQa qa;
    @Inject
    LocaleSwitch locale;

    private LiveArticle article;
    private String searched;
    private List<LiveArticle> related;

    private void init() {
        if (article == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            if (external.getRequestMap().get(QaPageFilter.ARTICLE) instanceof LiveArticle a) {
                article = a;
                searched = external.getRequestParameterMap().get("q");
            }
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
        init();
        return article;
    }

    public LiveArticle.Text getText() {
        LiveArticle a = getArticle();
        return a == null ? null : a.text(locale.getLocale());
    }

    public LiveArticle.Text text(LiveArticle other) {
        return other.text(locale.getLocale());
    }

    public List<LiveArticle> getRelated() {
        if (related == null) {
            LiveArticle a = getArticle();
            related = a == null ? List.of() : qa.related(a, RELATED);
        }
        return related;
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
}
