package org.madoguchi.ticket.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madoguchi.support.Deployments;
import org.madoguchi.ticket.application.TicketService;
import org.madoguchi.ticket.domain.Actor;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.Level;
import org.madoguchi.ticket.domain.Priority;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketType;

/** The queue's filters and priority order, read back from the real database after a manager's override. */
@ExtendWith(ArquillianExtension.class)
class TicketQueueIT {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Actor MANAGER = new Actor("manager", "管理者");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(TicketQueueIT.class);
    }

    @Inject
    TicketService tickets;
    @Inject
    TicketRepository repository;
    @PersistenceContext
    EntityManager em;
    @Resource
    UserTransaction transaction;

    private String open(String tag, String what, Level impact, Level urgency) {
        TicketDraft draft = new TicketDraft(TicketType.INCIDENT, tag + " " + what, "地図が表示されません。", "佐藤 一郎",
                "下水道課", "sato@city.example.lg.jp", null, "GIS", impact, urgency, false);
        return tickets.open(draft, Channel.WEB).getNumber();
    }

    private void overridePriority(String number, Priority priority) throws Exception {
        transaction.begin();
        repository.byNumber(number).orElseThrow().overridePriority(priority, MANAGER, Instant.now());
        transaction.commit();
    }

    private List<String> subjects(TicketFilter filter) {
        em.clear();
        return repository.page(filter, TOKYO, 0, 20).stream()
                .map(t -> t.getSubject().substring(t.getSubject().indexOf(' ') + 1)).toList();
    }

    private static TicketFilter tagged(String tag, Set<Priority> priorities) {
        return new TicketFilter(null, null, priorities, null, null, null, null, tag, null, TicketFilter.Sort.PRIORITY, true);
    }

    @Test
    void theQueueSortsAndFiltersByPriorityIncludingAManagersOverride() throws Exception {
        String tag = "queue-" + UUID.randomUUID();
        open(tag, "medium", Level.MEDIUM, Level.MEDIUM);
        String raised = open(tag, "low raised to high", Level.LOW, Level.LOW);
        open(tag, "critical", Level.HIGH, Level.HIGH);
        open(tag, "low", Level.LOW, Level.MEDIUM);
        overridePriority(raised, Priority.HIGH);

        assertEquals(List.of("critical", "low raised to high", "medium", "low"), subjects(tagged(tag, Set.of())),
                "most urgent work first, not alphabetical");
        assertEquals(List.of("low raised to high"), subjects(tagged(tag, Set.of(Priority.HIGH))));
        assertEquals(List.of("medium", "low"), subjects(tagged(tag, Set.of(Priority.MEDIUM, Priority.LOW))));
        assertEquals(2, repository.count(tagged(tag, Set.of(Priority.MEDIUM, Priority.LOW)), TOKYO));

        em.clear();
        Ticket stored = repository.byNumber(raised).orElseThrow();
        assertEquals(Level.LOW, stored.getImpact());
        assertEquals(Level.LOW, stored.getUrgency());
        assertEquals(Priority.HIGH, stored.getPriority());
        assertTrue(stored.isPriorityOverridden(), "the override is stored, so a reassessment keeps it");
    }
}
