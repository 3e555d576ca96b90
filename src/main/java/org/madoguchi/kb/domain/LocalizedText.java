package org.madoguchi.kb.domain;

/** An article's title (the question) and body (the answer, in Markdown) in one language. */
public record LocalizedText(String title, String body) {

    public LocalizedText {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip().replace("\r\n", "\n");
    }

    /** The text, or null when neither title nor body is given. */
    public static LocalizedText of(String title, String body) {
        boolean none = (title == null || title.isBlank()) && (body == null || body.isBlank());
        return none ? null : new LocalizedText(title, body);
    }
}
