package org.madoguchi.kb.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One file of {@code kb-content/}: an article's text in one language with its front matter. An article written in
 * Japanese and English is two files with the same id.
 */
public record KbFile(String id, ArticleKind kind, String title, String category, List<String> tags, String system,
                     Visibility visibility, ArticleStatus status, int version, LocalDate updated, String lang,
                     String documentVersion, String location, String body) {

    public KbFile {
        tags = tags == null ? List.of() : List.copyOf(tags);
        body = body == null ? "" : body.strip();
    }

    /** Where the file lives under the content folder: {@code ja/<id>.md}. */
    public String relativePath() {
        return lang + "/" + id + ".md";
    }
}
