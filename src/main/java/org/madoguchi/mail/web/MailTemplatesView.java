package org.madoguchi.mail.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.madoguchi.mail.application.MailTemplates;
import org.madoguchi.mail.domain.TemplateText;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.web.Feedback;

/** Console page where administrators edit the mail texts per kind and language, with a preview. */
@Named
@ViewScoped
public class MailTemplatesView implements Serializable {

    @Inject
    MailTemplates templates;

    private String purpose = MailTemplates.PURPOSES.get(0);
    private String lang = MailTemplates.LANGUAGES.get(0);
    private String subject;
    private String body;
    private TemplateText preview;

    public List<String> getPurposes() {
        return MailTemplates.PURPOSES;
    }

    public List<String> getLanguages() {
        return MailTemplates.LANGUAGES;
    }

    /** Loads the text in force for the chosen kind and language. */
    public void load() {
        TemplateText text = templates.effective(purpose, lang);
        subject = text.subject();
        body = text.body();
        preview = null;
    }

    public void showPreview() {
        try {
            preview = templates.preview(purpose, lang, new TemplateText(subject, body));
        } catch (InvalidInputException e) {
            preview = null;
            Feedback.show("template", e);
        }
    }

    public void save() {
        try {
            templates.save(purpose, lang, new TemplateText(subject, body));
            Feedback.info("templates.saved");
            showPreview();
        } catch (InvalidInputException e) {
            Feedback.show("template", e);
        }
    }

    public void reset() {
        try {
            templates.reset(purpose, lang);
            load();
            Feedback.info("templates.wasReset");
        } catch (InvalidInputException e) {
            Feedback.show("template", e);
        }
    }

    public boolean isCustom() {
        return templates.isCustom(purpose, lang);
    }

    public String getPurpose() {
        return purpose;
    }

    /** The menus always send a choice: a post without one (made by hand) keeps the one shown. */
    public void setPurpose(String purpose) {
        if (purpose != null) {
            this.purpose = purpose;
        }
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        if (lang != null) {
            this.lang = lang;
        }
    }

    public String getSubject() {
        if (subject == null) {
            load();
        }
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        if (body == null) {
            load();
        }
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public TemplateText getPreview() {
        return preview;
    }
}
