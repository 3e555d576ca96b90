package org.madoguchi.kb.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.madoguchi.platform.error.Violation;

/**
 * What one version of an article says: its texts in Japanese and English (either may be missing, not both), its
 * category, tags, system and visibility, and for a document its version and where the current copy lives. A value:
 * editing makes a new one.
 */
@Embeddable
public class ArticleContent {

    public static final int TITLE_MAX = 300;
    public static final int BODY_MAX = 100_000;
    public static final int TAGS_MAX = 500;
    public static final int TAG_MAX = 40;
    public static final int LOCATION_MAX = 500;

    @Column(name = "title_ja", length = TITLE_MAX)
    private String titleJa;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body_ja")
    private String bodyJa;
    @Column(name = "title_en", length = TITLE_MAX)
    private String titleEn;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body_en")
    private String bodyEn;
    @Column(nullable = false, length = 40)
    private String category;
    @Column(length = TAGS_MAX)
    private String tags;
    @Column(name = "system_code", length = 32)
    private String systemCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility;
    @Column(name = "document_version", length = 40)
    private String documentVersion;
    @Column(name = "document_location", length = LOCATION_MAX)
    private String documentLocation;

    protected ArticleContent() {
    }

    public ArticleContent(LocalizedText ja, LocalizedText en, String category, List<String> tags, String systemCode,
                          Visibility visibility, String documentVersion, String documentLocation) {
        this.titleJa = ja == null ? null : ja.title();
        this.bodyJa = ja == null ? null : ja.body();
        this.titleEn = en == null ? null : en.title();
        this.bodyEn = en == null ? null : en.body();
        this.category = blankToNull(category);
        this.tags = tags == null || tags.isEmpty() ? null : String.join(",", tags.stream().map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList());
        this.systemCode = blankToNull(systemCode);
        this.visibility = visibility == null ? Visibility.INTERNAL : visibility;
        this.documentVersion = blankToNull(documentVersion);
        this.documentLocation = blankToNull(documentLocation);
    }

    /** The text in one language, or null when the article has none in it. */
    public LocalizedText text(String lang) {
        return "en".equals(lang) ? LocalizedText.of(titleEn, bodyEn) : LocalizedText.of(titleJa, bodyJa);
    }

    /** The text in the reader's language, else in the other one. */
    public LocalizedText textFor(Locale locale) {
        String lang = locale != null && "en".equals(locale.getLanguage()) ? "en" : "ja";
        LocalizedText text = text(lang);
        return text != null ? text : text("en".equals(lang) ? "ja" : "en");
    }

    /** The languages this content is written in, Japanese first. */
    public List<String> languages() {
        List<String> langs = new ArrayList<>();
        if (text("ja") != null) {
            langs.add("ja");
        }
        if (text("en") != null) {
            langs.add("en");
        }
        return langs;
    }

    /** Every rule this content breaks; empty when it may be saved. */
    public List<Violation> violations(ArticleKind kind) {
        List<Violation> found = new ArrayList<>();
        checkText(found, "ja", titleJa, bodyJa);
        checkText(found, "en", titleEn, bodyEn);
        if (text("ja") == null && text("en") == null && found.isEmpty()) {
            found.add(Violation.of("titleJa", "validation.kb.noText"));
        }
        if (!KbCategories.isKnown(category)) {
            found.add(Violation.of("category", "validation.oneOf", String.join(", ", KbCategories.CODES)));
        }
        if (tags != null && tags.length() > TAGS_MAX) {
            found.add(Violation.of("tags", "validation.tooLong", TAGS_MAX));
        }
        if (getTags().stream().anyMatch(t -> t.length() > TAG_MAX)) {
            found.add(Violation.of("tags", "validation.kb.tag", TAG_MAX));
        }
        if (documentLocation != null && documentLocation.length() > LOCATION_MAX) {
            found.add(Violation.of("documentLocation", "validation.tooLong", LOCATION_MAX));
        }
        if (documentVersion != null && documentVersion.length() > 40) {
            found.add(Violation.of("documentVersion", "validation.tooLong", 40));
        }
        if (kind == ArticleKind.DOCUMENT && (documentVersion == null || documentLocation == null)) {
            found.add(Violation.of(documentVersion == null ? "documentVersion" : "documentLocation", "validation.required"));
        }
        return found;
    }

    private static void checkText(List<Violation> found, String lang, String title, String body) {
        String suffix = "ja".equals(lang) ? "Ja" : "En";
        boolean hasTitle = title != null && !title.isBlank();
        boolean hasBody = body != null && !body.isBlank();
        if (hasTitle && !hasBody) {
            found.add(Violation.of("body" + suffix, "validation.required"));
        } else if (hasBody && !hasTitle) {
            found.add(Violation.of("title" + suffix, "validation.required"));
        }
        if (hasTitle && title.length() > TITLE_MAX) {
            found.add(Violation.of("title" + suffix, "validation.tooLong", TITLE_MAX));
        }
        if (hasBody && body.length() > BODY_MAX) {
            found.add(Violation.of("body" + suffix, "validation.tooLong", BODY_MAX));
        }
    }

    /** The whole content as lines of text, for a readable diff between two versions. */
    public List<String> diffLines() {
        List<String> lines = new ArrayList<>();
        lines.add("category: " + category);
        lines.add("tags: " + String.join(", ", getTags()));
        lines.add("system: " + Objects.toString(systemCode, ""));
        lines.add("visibility: " + visibility.code());
        if (documentVersion != null || documentLocation != null) {
            lines.add("document_version: " + Objects.toString(documentVersion, ""));
            lines.add("location: " + Objects.toString(documentLocation, ""));
        }
        for (String lang : List.of("ja", "en")) {
            LocalizedText text = text(lang);
            if (text != null) {
                lines.add("");
                lines.add("# [" + lang + "] " + text.title());
                lines.addAll(Arrays.asList(text.body().split("\n", -1)));
            }
        }
        return lines;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getCategory() {
        return category;
    }

    public List<String> getTags() {
        return tags == null ? List.of() : Arrays.stream(tags.split(",")).filter(t -> !t.isBlank()).toList();
    }

    public String getSystemCode() {
        return systemCode;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getDocumentVersion() {
        return documentVersion;
    }

    public String getDocumentLocation() {
        return documentLocation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleContent c && Objects.equals(titleJa, c.titleJa) && Objects.equals(bodyJa, c.bodyJa)
                && Objects.equals(titleEn, c.titleEn) && Objects.equals(bodyEn, c.bodyEn)
                && Objects.equals(category, c.category) && Objects.equals(tags, c.tags)
                && Objects.equals(systemCode, c.systemCode) && visibility == c.visibility
                && Objects.equals(documentVersion, c.documentVersion)
                && Objects.equals(documentLocation, c.documentLocation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(titleJa, bodyJa, titleEn, bodyEn, category, tags, systemCode, visibility);
    }
}
