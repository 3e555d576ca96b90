package org.madoguchi.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madoguchi.account.domain.Role;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.persistence.ApplicationReady;

/**
 * Outside demo mode, creates the first administrator from configuration when the database has no account
 * yet. The password must come from the environment ({@code MADOGUCHI_ADMIN_PASSWORD}); it is never defaulted.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    Settings settings;
    @Inject
    AccountRepository accounts;
    @Inject
    AccountService service;

    @Inject
    @ConfigProperty(name = "madoguchi.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "madoguchi.admin.password")
    Optional<String> password;

    void onReady(@Observes ApplicationReady ready) {
        if (settings.demo() || accounts.count() > 0) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warning("No account exists and MADOGUCHI_ADMIN_PASSWORD is not set: nobody can sign in yet.");
            return;
        }
        service.createWithoutCheck(username, "Administrator", null, password.get(), EnumSet.of(Role.ADMIN));
        LOG.info(() -> "Created the first administrator '" + username + "'. Change its password after signing in.");
    }
}
