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

    /**
     * Whether an inquiry was worded as this entry's own question (its title, then its body), as a ticket linked to an
     * earlier copy of itself is: such a link teaches the entry nothing, on the server as in a replayed history.
     */
    public boolean isOwnWording(String inquiry) {
        return inquiry.equals(title + "\n" + body);
    }

    /** The same entry with one more linked inquiry wording. */
    public TriageDocument withAskedAs(String inquiry) {
        List<String> more = new ArrayList<>(askedAs);
        more.add(inquiry);
        return new TriageDocument(id, kind, title, body, answer, more, created);
    }
}
