/**
 * First-line triage (一次切り分け): for an inquiry, the most similar resolved past tickets with a proposal
 * (known issue or new), the proposal kept from when each new ticket came in (shown in the queue, which it can
 * filter by where triage stands), the agent's
 * recorded decision and link, learning from those links (and taking back what a corrected link taught), the review of the
 * proposals against the decisions, and those decisions as an evaluation set for the desk to measure its search on. The search itself is behind
 * {@link org.madoguchi.triage.application.SimilarCases}, which the search package implements.
 */
package org.madoguchi.triage;
