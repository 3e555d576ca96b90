package org.madoguchi.kb.application;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.madoguchi.kb.domain.ArticleContent;
import org.madoguchi.kb.domain.ArticleKind;
import org.madoguchi.kb.domain.LocalizedText;
import org.madoguchi.kb.domain.Visibility;

/** An article as typed into the editor or sent to the API. */
public class ArticleForm implements Serializable {

    private String slug;
    private ArticleKind kind = ArticleKind.QA;
    private String titleJa;
    private String bodyJa;
    private String titleEn;
    private String bodyEn;
    private String category;
    private String tags;
    private String systemCode;
    private Visibility visibility = Visibility.PUBLIC;
    private String documentVersion;
    private String documentLocation;
    private String note;
    private String sourceTicket;

    public ArticleContent toContent() {
        List<String> tagList = tags == null ? List.of()
                : Arrays.stream(tags.split("[,、，]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        boolean document = kind == ArticleKind.DOCUMENT;
        return new ArticleContent(LocalizedText.of(titleJa, bodyJa), LocalizedText.of(titleEn, bodyEn), category,
                tagList, systemCode, visibility, document ? documentVersion : null, document ? documentLocation : null);
    }

    /** The editor's fields filled from a saved version. */
    public static ArticleForm of(String slug, ArticleKind kind, ArticleContent c) {
        ArticleForm f = new ArticleForm();
        f.slug = slug;
        f.kind = kind;
        LocalizedText ja = c.text("ja");
        LocalizedText en = c.text("en");
        f.titleJa = ja == null ? null : ja.title();
        f.bodyJa = ja == null ? null : ja.body();
        f.titleEn = en == null ? null : en.title();
        f.bodyEn = en == null ? null : en.body();
        f.category = c.getCategory();
        f.tags = String.join(", ", c.getTags());
        f.systemCode = c.getSystemCode();
        f.visibility = c.getVisibility();
        f.documentVersion = c.getDocumentVersion();
        f.documentLocation = c.getDocumentLocation();
        return f;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public ArticleKind getKind() { return kind; }
    public void setKind(ArticleKind kind) { this.kind = kind; }
    public String getTitleJa() { return titleJa; }
    public void setTitleJa(String titleJa) { this.titleJa = titleJa; }
    public String getBodyJa() { return bodyJa; }
    public void setBodyJa(String bodyJa) { this.bodyJa = bodyJa; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String bodyEn) { this.bodyEn = bodyEn; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getSystemCode() { return systemCode; }
    public void setSystemCode(String systemCode) { this.systemCode = systemCode; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public String getDocumentVersion() { return documentVersion; }
    public void setDocumentVersion(String documentVersion) { this.documentVersion = documentVersion; }
    public String getDocumentLocation() { return documentLocation; }
    public void setDocumentLocation(String documentLocation) { this.documentLocation = documentLocation; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getSourceTicket() { return sourceTicket; }
    public void setSourceTicket(String sourceTicket) { this.sourceTicket = sourceTicket; }
}
