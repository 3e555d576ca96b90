package org.madoguchi.kb.application;

import java.util.List;

/** Searching the live articles with the triage analysis (Japanese-aware): implemented by the search package. */
public interface ArticleSearch {

    /** Which live articles a search may find. */
    enum Audience {
        /** Public articles only: the Q&A site and the unauthenticated API. */
        PUBLIC,
        /** Internal ones too: agents. */
        AGENTS
    }

    record Hit(long articleId, String slug, double score) {
    }

    /**
     * The best live articles for a text, best first; an article that triage linked inquiries worded like this one
     * to ranks higher for them. A text without a searchable word finds nothing.
     *
     * @param category only this category, or null for all
     * @param exclude  an article id never to return (the one being read), or null
     */
    List<Hit> search(String text, Audience audience, String category, Long exclude, int limit);

    /** The passage of {@code text} that best matches, HTML-escaped with the matches in {@code <mark>}. */
    default String highlight(String query, String text, int chars) {
        return highlighter(query).highlight(text, chars);
    }

    /** Marks the matches of one query in many texts: the query is analysed once. */
    Highlighter highlighter(String query);

    interface Highlighter {
        /** The best passage of at most about {@code chars} characters, HTML-escaped, matches in {@code <mark>}. */
        String highlight(String text, int chars);
    }
}
