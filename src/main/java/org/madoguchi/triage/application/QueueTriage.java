package org.madoguchi.triage.application;

import org.madoguchi.triage.domain.Decision;
import org.madoguchi.triage.domain.IntakeProposal;

/**
 * Where a ticket of the queue stands in first-line triage: decided by an agent, or, until then, what triage
 * proposed as it came in.
 *
 * @param percent the proposal's confidence in whole percent (0 once decided)
 * @param caseId  the case a known proposal put first (a ticket number or an article id), else null
 */
public record QueueTriage(State state, int percent, String caseKind, String caseId) {

    public enum State {
        /** An agent linked it to the case that answers it. */
        DECIDED_KNOWN,
        /** An agent marked it new, to be investigated. */
        DECIDED_NEW,
        /** Not decided yet; triage took it for a known issue. */
        LIKELY_KNOWN,
        /** Not decided yet; triage found nothing that answers it. */
        LIKELY_NEW
    }

    static QueueTriage decided(Decision decision) {
        return new QueueTriage(decision == Decision.KNOWN ? State.DECIDED_KNOWN : State.DECIDED_NEW, 0, null, null);
    }

    static QueueTriage proposed(IntakeProposal proposal) {
        return proposal.isKnown()
                ? new QueueTriage(State.LIKELY_KNOWN, proposal.percent(), proposal.getCaseKind(), proposal.getCaseId())
                : new QueueTriage(State.LIKELY_NEW, proposal.percent(), null, null);
    }
}
