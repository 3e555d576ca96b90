package org.madoguchi.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.madoguchi.ticket.application.TicketNotice;

/**
 * Starts {@link IntakeTriage} for each new ticket once it is committed (a rolled-back ticket is never triaged). A
 * failed search is logged and leaves the ticket as it is: the agent's triage panel searches when opened.
 */
@ApplicationScoped
public class IntakeTriageTrigger {

    private static final Logger LOG = Logger.getLogger(IntakeTriageTrigger.class.getName());

    @Inject
    IntakeTriage intake;

    void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketNotice notice) {
        if (notice.kind() != TicketNotice.Kind.RECEIVED) {
            return;
        }
        try {
            intake.triage(notice.number());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Triage at intake failed for " + notice.number()
                    + "; its triage panel will search when the ticket is opened");
        }
    }
}
