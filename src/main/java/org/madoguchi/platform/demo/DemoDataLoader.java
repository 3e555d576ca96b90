package org.madoguchi.platform.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.persistence.ApplicationReady;
import org.madoguchi.triage.application.IntakeTriage;

/**
 * In demo mode, fills an empty database with the demo accounts (password {@code demo}) and a year of the
 * sewer-system desk's tickets, with the agents' triage decisions on them. Runs once: a database that already has
 * accounts or tickets is left alone.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    Settings settings;
    @Inject
    DemoDataWriter writer;
    @Inject
    DemoTriageDecisions triage;
    @Inject
    IntakeTriage intake;

    /** After the knowledge base's own start-up import, so that the demo's triage finds its articles too. */
    void onReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) ApplicationReady ready) {
        if (!settings.demo()) {
            return;
        }
        if (writer.createAccountsIfNone()) {
            LOG.info("Demo mode: created accounts operator, manager, lead, city and admin (password 'demo').");
        }
        int created = writer.createTicketsIfNone();
        if (created > 0) {
            List<DemoTriagePlan.Step> steps = triage.plan();
            steps.forEach(triage::decide);
            int decided = steps.size();
            int proposed = intake.triageUntriagedOpen();
            LOG.info(() -> "Demo mode: created " + created + " tickets of the past twelve months, " + decided
                    + " of them triaged by the agents who took them up; " + proposed
                    + " open ones await the agents' decision on triage's proposal.");
        }
    }
}
