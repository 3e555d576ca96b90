package org.madoguchi.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.persistence.ApplicationReady;

/**
 * In demo mode, fills an empty database with the demo accounts (password {@code demo}) and a year of the
 * sewer-system desk's tickets. Runs once: a database that already has accounts or tickets is left alone.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    Settings settings;
    @Inject
    DemoDataWriter writer;

    void onReady(@Observes ApplicationReady ready) {
        if (!settings.demo()) {
            return;
        }
        if (writer.createAccountsIfNone()) {
            LOG.info("Demo mode: created accounts operator, manager, lead, city and admin (password 'demo').");
        }
        int created = writer.createTicketsIfNone();
        if (created > 0) {
            LOG.info(() -> "Demo mode: created " + created + " tickets of the past twelve months.");
        }
    }
}
