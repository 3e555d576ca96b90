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
import org.madoguchi.kb.application.ArticleFiles;
import org.madoguchi.kb.application.ArticleForm;
import org.madoguchi.kb.application.ArticleService;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.ArticleKind;
import org.madoguchi.kb.domain.Attachment;
import org.madoguchi.kb.domain.KbCategories;
import org.madoguchi.kb.domain.MarkdownRenderer;
import org.madoguchi.kb.domain.Visibility;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.RuleViolationException;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.ticket.application.SystemCatalog;
import org.madoguchi.ticket.domain.AffectedSystem;

/**
 * {@code /console/kb/edit}: writing an article in Markdown, Japanese and English, with a live preview rendered
 * by the same sanitising code as the public page. {@code ?id=} edits an article (a new version),
 * {@code ?fromTicket=} starts a Q&A from a ticket's question and answer.
 */
@Named
@ViewScoped
public class ArticleEditorView implements Serializable {

    @Inject
    transient ArticleService articles;
    @Inject
    transient ArticleFiles files;
    @Inject
    transient SystemCatalog systems;

    private Long id;
    private String fromTicket;
    // never null: a late preview request can reach a fresh bean after a save has ended the view's scope
    private ArticleForm form = new ArticleForm();
    private transient Part upload;

    /** {@code f:viewAction}: fills the form from the article, the ticket, or empty. */
    public void load() {
        if (id != null) {
            Article article = articles.get(id);
            form = ArticleForm.of(article.getSlug(), article.getKind(), article.working().getContent());
        } else if (fromTicket != null && !fromTicket.isBlank()) {
            form = articles.draftFromTicket(fromTicket.strip());
        } else {
            form = new ArticleForm();
            form.setCategory("other");
        }
    }

    public String save() {
        try {
            long saved;
            if (id == null) {
                saved = articles.create(form).getId();
            } else {
                articles.save(id, form);
                saved = id;
            }
            Feedback.infoAfterRedirect("kb.saved");
            return "/console/kb/article?faces-redirect=true&id=" + saved;
        } catch (InvalidInputException e) {
            Feedback.show("editor", e);
            return null;
        } catch (RuleViolationException e) {
            Feedback.show(e);
            return null;
        }
    }

    /** Stores the uploaded file and adds its Markdown to the Japanese text, where the author can move it. */
    public void attach() throws IOException {
        if (id == null || upload == null || upload.getSize() == 0) {
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            Attachment a = files.attach(id, upload.getSubmittedFileName(), upload.getContentType(), upload.getSize(), in);
            String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            String body = form.getBodyJa() == null ? "" : form.getBodyJa().stripTrailing() + "\n\n";
            form.setBodyJa(body + a.markdown(contextPath));
            Feedback.info("kb.attached", a.getFileName());
        } catch (InvalidInputException e) {
            Feedback.show("editor", e);
        }
    }

    public List<Attachment> getAttachments() {
        return id == null ? List.of() : files.of(id);
    }

    public String getPreviewJa() {
        return MarkdownRenderer.toSafeHtml(form.getBodyJa());
    }

    public String getPreviewEn() {
        return MarkdownRenderer.toSafeHtml(form.getBodyEn());
    }

    public List<String> getCategories() {
        return KbCategories.CODES;
    }

    public List<AffectedSystem> getSystems() {
        return systems.active();
    }

    public ArticleKind[] getKinds() {
        return ArticleKind.values();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public ArticleForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFromTicket() {
        return fromTicket;
    }

    public void setFromTicket(String fromTicket) {
        this.fromTicket = fromTicket;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
