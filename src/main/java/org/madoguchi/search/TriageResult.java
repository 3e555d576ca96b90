package org.madoguchi.search;

import java.util.List;

/** Ranked candidates for an inquiry and the proposed decision. */
public record TriageResult(List<Candidate> candidates, TriageProposal proposal) {

    public static TriageResult empty() {
        return new TriageResult(List.of(), TriageProposal.nothingFound());
    }
}
