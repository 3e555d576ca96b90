package org.madoguchi.kb.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.madoguchi.kb.application.LiveArticle;
import org.madoguchi.kb.application.PublicQa;
import org.madoguchi.kb.domain.KbCategories;
import org.madoguchi.platform.web.LocaleSwitch;
import org.madoguchi.ticket.application.SystemCatalog;
import org.madoguchi.ticket.domain.AffectedSystem;

/** {@code /faq}: the Q&A list with category and system filters, or the search results for {@code q}. */
@Named
@RequestScoped
public class FaqListView {

    static final int RESULTS = 30;

    @Inject
    PublicQa qa;
    @Inject
    LocaleSwitch locale;
    @Inject
    SystemCatalog systems;

    private String q;
    private String category;
    private String system;
    private List<PublicQa.Found> found;

    public boolean isSearching() {
        return q != null && !q.isBlank();
    }

    /** Search results, best first, with the matches marked. */
    public List<PublicQa.Found> getFound() {
        if (found == null) {
            found = isSearching() ? qa.search(q.strip(), validCategory(), RESULTS, locale.getLocale()) : List.of();
        }
        return found;
    }

    public List<LiveArticle> getArticles() {
        return qa.list(validCategory(), system);
    }

    public List<String> getCategories() {
        return KbCategories.CODES;
    }

    public List<AffectedSystem> getSystems() {
        return systems.active();
    }

    public LiveArticle.Text text(LiveArticle article) {
        return article.text(locale.getLocale());
    }

    /** Where "still need help?" leads: the inquiry form with the search text as its subject. */
    public String getInquiryLink() {
        return QaSiteView.inquiryLink(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), q);
    }

    /** An entry found by the search, remembering the search text for "still need help?". */
    public String entryLink(LiveArticle article) {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return contextPath + "/faq/" + article.slug() + "?q="
                + URLEncoder.encode(q == null ? "" : q.strip(), StandardCharsets.UTF_8);
    }

    private String validCategory() {
        return KbCategories.isKnown(category) ? category : null;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = QaSiteView.searchText(q);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }
}
