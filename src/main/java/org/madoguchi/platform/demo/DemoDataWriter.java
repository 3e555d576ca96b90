package org.madoguchi.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.madoguchi.account.application.AccountService;
import org.madoguchi.account.domain.Account;
import org.madoguchi.account.domain.Role;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.ticket.application.TicketNumbers;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Ticket;

/** Writes the demo data in transactions of its own. */
@ApplicationScoped
public class DemoDataWriter {

    /** The demo accounts: user name, display name, role. All have the password {@code demo}. */
    static final List<Object[]> ACCOUNTS = List.of(
            new Object[] {"operator", "窓口 担当子", Role.OPERATOR},
            new Object[] {"manager", "窓口 管理郎", Role.MANAGER},
            new Object[] {"lead", "窓口 責任者", Role.LEAD},
            new Object[] {"city", "下水道課 市職員", Role.CITY},
            new Object[] {"admin", "システム 管理者", Role.ADMIN});

    @PersistenceContext
    EntityManager em;
    @Inject
    AccountService accounts;
    @Inject
    TicketNumbers numbers;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    @Transactional
    public boolean createAccountsIfNone() {
        if (em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0) {
            return false;
        }
        for (Object[] a : ACCOUNTS) {
            accounts.createDemoAccount((String) a[0], (String) a[1], (String) a[0] + "@madoguchi.test",
                    EnumSet.of((Role) a[2]));
        }
        return true;
    }

    @Transactional
    public int createTicketsIfNone() {
        if (em.createQuery("select count(t) from Ticket t", Long.class).getSingleResult() > 0) {
            return 0;
        }
        Map<String, AffectedSystem> systems = new HashMap<>();
        em.createQuery("select s from AffectedSystem s", AffectedSystem.class).getResultList()
                .forEach(s -> systems.put(s.getCode(), s));
        List<Account> agents = em.createQuery("select a from Account a where a.username in :u", Account.class)
                .setParameter("u", List.of("operator", "manager", "lead")).getResultList();
        DemoTicketHistory history = new DemoTicketHistory(clock.instant(), settings.zone(), systems, agents);
        List<Ticket> tickets = history.generate(DemoTicketHistory.DEFAULT_COUNT,
                at -> numbers.next(at, settings.zone()));
        tickets.forEach(em::persist);
        return tickets.size();
    }
}
