package org.madoguchi.triage.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The knowledge base as triage sees it: live articles that may answer an inquiry. Implemented by the kb package. */
public interface ArticleAnswers {

    /**
     * A live article: its question, its text for the excerpt, its answer for reuse in a reply, the inquiry wordings
     * it learnt from links, and when its live version was written.
     */
    record Answer(String id, String title, String text, String answer, List<String> wordings, Instant written) {
    }

    /**
     * A live article in {@code language} ({@link TextLanguage}) when it is written in it, else in its other language.
     */
    Optional<Answer> live(String id, String language);

    /**
     * A live article as the triage index holds it, in every language it is written in: its titles, then its text
     * (plain, without Markdown) and tags.
     */
    record Searchable(String id, String titles, String text) {
    }

    /** Every live article as triage searches it, by id. */
    List<Searchable> searchable();

    /**
     * An agent linked an inquiry to this article as its known answer: the article learns the wording and counts
     * the linked ticket. Returns false when there is no such live article.
     */
    boolean linked(String id, String ticketNumber, String inquiry);

    /**
     * An inquiry linked to this article at {@code linkedAt} was decided otherwise: the linked ticket is no longer
     * counted in that month, and the article forgets the inquiry's wording ({@code inquiry}; null keeps it, when
     * another inquiry still linked there was worded the same). Archived articles too: they may come back.
     */
    void unlinked(String id, String inquiry, Instant linkedAt);
}
