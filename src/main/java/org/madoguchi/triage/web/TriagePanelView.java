package org.madoguchi.triage.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.ticket.domain.MessageKind;
import org.madoguchi.ticket.web.TicketDetailView;
import org.madoguchi.triage.application.TriageService;
import org.madoguchi.triage.application.TriageView;
import org.madoguchi.triage.domain.Decision;

/**
 * The triage panel on a ticket: similar resolved cases and the proposal; the agent links the inquiry to the
 * case that answers it (and may put that answer into the reply), or marks it new and investigates.
 */
@Named
@ViewScoped
public class TriagePanelView implements Serializable {

    @Inject
    TriageService triage;
    @Inject
    TicketDetailView ticket;

    private TriageView view;
    /** The agent's own words to find candidates by, when the inquiry's do not find the case; null for the inquiry's. */
    private String words;

    public TriageView getView() {
        if (view == null) {
            view = triage.view(ticket.getNumber(), words);
        }
        return view;
    }

    public void searchAgain() {
        view = null;
    }

    public void searchInquirysWords() {
        words = null;
        view = null;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public void linkKnown(TriageView.CandidateCase candidate) {
        decide(Decision.KNOWN, candidate.kind(), candidate.id());
    }

    /** Links the case and prepares its answer as this ticket's answer, to be checked and sent by the agent. */
    public void reuseAnswer(TriageView.CandidateCase candidate) {
        if (decide(Decision.KNOWN, candidate.kind(), candidate.id()) && candidate.answer() != null) {
            ticket.setKind(MessageKind.ANSWER);
            ticket.setBody(candidate.answer());
        }
    }

    public void markNew() {
        decide(Decision.NEW, null, null);
    }

    private boolean decide(Decision decision, String targetKind, String target) {
        TriageView before = getView();
        try {
            triage.decide(ticket.getNumber(), decision, targetKind, target);
            String body = ticket.getBody();
            MessageKind kind = ticket.getKind();
            ticket.load();
            ticket.setBody(body);
            ticket.setKind(kind);
            view = null;
            Feedback.info(decision == Decision.KNOWN ? "triage.linked" : "triage.markedNew", target);
            if (before.decided() == Decision.KNOWN && !before.isLinkedTo(targetKind, target)) {
                // the service took back what the earlier link taught: say so, the agent may not expect it
                Feedback.info("triage.takenBack", before.linkedId());
            }
            return true;
        } catch (InvalidInputException e) {
            Feedback.show("triage", e);
            return false;
        }
    }
}
