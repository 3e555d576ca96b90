package org.madoguchi.triage.application;

import java.util.List;
import org.madoguchi.triage.domain.Decision;

/** Finds the resolved cases most similar to an inquiry and proposes known/new: implemented by the search package. */
public interface SimilarCases {

    /** One candidate: a ticket number (or, later, an article id) and its score. */
    record Match(String kind, String id, String title, double score) {
    }

    /** The ranked candidates and the proposal; {@code best} is the candidate a known proposal points at. */
    record Suggestion(List<Match> matches, Decision proposal, double confidence) {
        public static Suggestion none() {
            return new Suggestion(List.of(), Decision.NEW, 0);
        }
    }

    /**
     * @param inquiry the inquiry's text (subject and description)
     * @param exclude a ticket number never to return (the inquiry itself), or null
     */
    Suggestion find(String inquiry, String exclude, int limit);

    /** The passage of {@code text} that best matches the inquiry: HTML-escaped, matches in {@code <mark>}. */
    String excerpt(String inquiry, String text);
}
