package org.madoguchi.kb.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.madoguchi.kb.application.ArticleService;
import org.madoguchi.kb.application.KbContentSync;
import org.madoguchi.kb.application.KbImportReport;
import org.madoguchi.kb.application.KbZip;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.ArticleStatus;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.platform.web.FileDownload;
import org.madoguchi.platform.web.Messages;

/** {@code /console/kb}: the articles by status, newest change first; kb-content import and export for leads. */
@Named
@ViewScoped
public class ArticleListView implements Serializable {

    static final int PAGE = 50;

    @Inject
    transient ArticleService articles;
    @Inject
    transient KbContentSync sync;

    private String status;
    private transient List<Article> page;
    private transient Part upload;
    private KbImportReport report;

    public List<Article> getArticles() {
        if (page == null) {
            page = articles.list(statusFilter(), 0, PAGE);
        }
        return page;
    }

    public long count(String s) {
        return articles.count(s == null || s.isBlank() ? null : ArticleStatus.of(s));
    }

    public List<ArticleStatus> getStatuses() {
        return List.of(ArticleStatus.values());
    }

    /** The article's question in the reader's language, from its working version. */
    public String title(Article a, Locale locale) {
        return a.working().getContent().textFor(locale).title();
    }

    /** Sends the live articles as a zip of kb-content files. */
    public void export() throws IOException {
        var files = sync.export();
        FileDownload.send("kb-content.zip", "application/zip", out -> KbZip.write(files, out));
    }

    public void importZip() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Feedback.error(Messages.get(FacesContext.getCurrentInstance().getViewRoot()
                    .getLocale(), "kb.import.noFile"));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            report = sync.importFiles(KbZip.read(in));
            page = null;
        } catch (KbZip.BadZipException e) {
            Feedback.error(e.getMessage());
        }
    }

    private ArticleStatus statusFilter() {
        return status == null || status.isBlank() ? null : ArticleStatus.of(status);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public KbImportReport getReport() {
        return report;
    }
}
