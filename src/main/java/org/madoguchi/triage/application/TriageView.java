package org.madoguchi.triage.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.madoguchi.triage.domain.Decision;

/**
 * What the triage panel and API show for an inquiry: the proposal with its confidence and the threshold it was
 * measured against, the candidates (found by the inquiry's words, or by the agent's {@code searchedFor} when not
 * null), and any decision made.
 */
public record TriageView(Decision proposal, double confidence, double threshold, List<CandidateCase> candidates,
                         String searchedFor, Decision decided, String linkedKind, String linkedId) {

    /** Whether the agent's last decision linked the inquiry to that ticket or article. */
    public boolean isLinkedTo(String kind, String id) {
        return decided == Decision.KNOWN && Objects.equals(linkedKind, kind) && Objects.equals(linkedId, id);
    }


    /**
     * A resolved case that may answer the inquiry, with its answer for reuse. {@code excerpt} is HTML-escaped
     * text with the matching words in {@code <mark>}, and so is {@code markedTitle}, the title whole. {@code repeats}
     * are the cases that asked and were answered word for word the same (a recurring issue), listed once under the
     * first of them. {@code answeredAt} is when the answer was given (an article's: when its live version was
     * written), so an agent can tell an answer from before a change of the system.
     */
    public record CandidateCase(String kind, String id, String title, double score, String excerpt, String answer,
                                List<String> repeats, String askedAs, String markedTitle, Instant answeredAt) {

        public CandidateCase {
            repeats = List.copyOf(repeats);
        }
    }
}
