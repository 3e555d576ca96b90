package org.madoguchi.triage.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.madoguchi.triage.domain.Decision;

/** Finds the resolved cases most similar to an inquiry and proposes known/new: implemented by the search package. */
public interface SimilarCases {

    /** One candidate: a ticket number or an article id, and its score. */
    record Match(String kind, String id, String title, double score) {
    }

    /**
     * The ranked candidates and the proposal: known when the confidence reaches {@code threshold}, the setting
     * {@code madoguchi.triage.known-threshold}; the measures the confidence was computed from (kept with a decision,
     * to refit the proposal on: {@link ProposalRefitting}); and what the inquiry, read as the ranking read it,
     * matches in the candidates' texts.
     */
    record Suggestion(List<Match> matches, Decision proposal, double confidence, double threshold,
                      double[] measures, Passages passages) {
    }

    /**
     * @param inquiry the inquiry's text (subject and description)
     * @param exclude ticket numbers never to return: the inquiry itself, and for a decision of the past, the tickets
     *                not yet answered then
     */
    Suggestion find(String inquiry, Collection<String> exclude, int limit);

    /** What the inquiry matches in the texts of its candidates; the inquiry is analysed once for all of them. */
    Passages passages(String inquiry);

    /** The passages one inquiry matches: HTML-escaped, the matched words in {@code <mark>}. */
    interface Passages {

        /** The passage of {@code text} that best matches the inquiry. */
        String excerpt(String text);

        /** A title, whole, with the inquiry's words marked. */
        String title(String title);

        /**
         * The learnt wording (of {@code wordings}, an entry's) that asked most like the inquiry, when the wordings
         * lifted the entry in the ranking; else empty.
         */
        Optional<String> learntWording(List<String> wordings);
    }
}
