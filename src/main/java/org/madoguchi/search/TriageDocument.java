package org.madoguchi.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What triage searches: a resolved ticket or a knowledge-base article. {@code askedAs} holds inquiry texts that
 * agents linked to it; {@code created} lets a search see the history as it was at a given time.
 */
public record TriageDocument(String id, String kind, String title, String body, String answer,
                             List<String> askedAs, Instant created) {

    public static final String TICKET = "ticket";
    public static final String ARTICLE = "article";

    public TriageDocument {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        askedAs = askedAs == null ? List.of() : List.copyOf(askedAs);
    }

    /** The same entry with one more linked inquiry wording. */
    public TriageDocument withAskedAs(String inquiry) {
        List<String> more = new ArrayList<>(askedAs);
        more.add(inquiry);
        return new TriageDocument(id, kind, title, body, answer, more, created);
    }
}
