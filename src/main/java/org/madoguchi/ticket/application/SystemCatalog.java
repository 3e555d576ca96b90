package org.madoguchi.ticket.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.TextRules;
import org.madoguchi.ticket.persistence.TicketRepository;

/** The admin-editable list of systems and services a ticket can concern. */
@ApplicationScoped
public class SystemCatalog {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    @Inject
    TicketRepository tickets;
    @Inject
    CurrentUser currentUser;

    /** Offered on forms: anyone may read the active ones. */
    @Transactional
    public List<AffectedSystem> active() {
        return tickets.systems(true);
    }

    @Transactional
    public List<AffectedSystem> all() {
        currentUser.require(Permission.CONFIGURE);
        return tickets.systems(false);
    }

    @Transactional
    public AffectedSystem add(String code, String nameJa, String nameEn, int sortOrder) {
        currentUser.require(Permission.CONFIGURE);
        return addWithoutCheck(code, nameJa, nameEn, sortOrder);
    }

    /** For start-up seeding, before anybody signs in. */
    @Transactional
    public AffectedSystem addWithoutCheck(String code, String nameJa, String nameEn, int sortOrder) {
        List<Violation> violations = new ArrayList<>();
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            violations.add(Violation.of("code", "validation.systemCode"));
        } else if (tickets.systemByCode(c).isPresent()) {
            violations.add(Violation.of("code", "validation.systemCode.taken"));
        }
        TextRules.requireText(violations, "nameJa", nameJa, TextRules.NAME_MAX, false);
        TextRules.requireText(violations, "nameEn", nameEn, TextRules.NAME_MAX, false);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        AffectedSystem system = new AffectedSystem(c, nameJa.strip(), nameEn.strip(), sortOrder);
        tickets.addSystem(system);
        return system;
    }

    @Transactional
    public void update(String code, String nameJa, String nameEn, int sortOrder, boolean active) {
        currentUser.require(Permission.CONFIGURE);
        List<Violation> violations = new ArrayList<>();
        TextRules.requireText(violations, "nameJa", nameJa, TextRules.NAME_MAX, false);
        TextRules.requireText(violations, "nameEn", nameEn, TextRules.NAME_MAX, false);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        AffectedSystem system = tickets.systemByCode(code).orElseThrow(() -> new NotFoundException("No system " + code));
        system.rename(nameJa.strip(), nameEn.strip(), sortOrder);
        system.setActive(active);
    }
}
