package org.madoguchi.ticket.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.hibernate.search.mapper.orm.Search;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madoguchi.platform.error.AccessDeniedException;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.search.orm.IndexCensus;
import org.madoguchi.search.orm.IndexDirectories;
import org.madoguchi.search.orm.IndexMaintenance;
import org.madoguchi.search.orm.RebuildReason;
import org.madoguchi.search.orm.SimilarFirstWriters;
import org.madoguchi.support.Deployments;
import org.madoguchi.ticket.domain.Actor;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.MessageKind;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketNumber;
import org.madoguchi.ticket.domain.TicketType;
import org.madoguchi.triage.application.SimilarCases;

/** The ticket service inside Payara Micro, with its real transactions and the real H2 database. */
@ExtendWith(ArquillianExtension.class)
class TicketServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(TicketServiceIT.class, Deployments.class);
    }

    @Inject
    TicketService tickets;
    @PersistenceContext
    EntityManager em;
    @Resource
    UserTransaction transaction;
    @Resource
    ManagedExecutorService executor;

    static TicketDraft draft(String subject) {
        return new TicketDraft(TicketType.INCIDENT, subject, "タブレットの同期で E-6020 が表示されます。", "鈴木 美穂",
                "上下水道局 管路管理課", "suzuki@city.example.lg.jp", "022-123-4567", "TABLET", null, null, true);
    }

    long count() {
        return em.createQuery("select count(t) from Ticket t", Long.class).getSingleResult();
    }

    @Test
    void openingStoresEveryContractFieldAndTheCreationInTheHistory() {
        Ticket opened = tickets.open(draft("同期エラー " + UUID.randomUUID()), Channel.WEB);
        Ticket stored = tickets.forRequester(opened.getStatusToken());

        assertEquals(opened.getNumber(), stored.getNumber());
        assertEquals("鈴木 美穂", stored.getRequester().name());
        assertEquals("上下水道局 管路管理課", stored.getRequester().organization());
        assertEquals("suzuki@city.example.lg.jp", stored.getRequester().email());
        assertEquals("TABLET", stored.getSystem().getCode());
        assertTrue(stored.isSecurityIncident());
        assertEquals(Channel.WEB, stored.getChannel());
        assertTrue(stored.getReceivedAt() != null);
        Long events = em.createQuery("select count(e) from TicketEvent e where e.ticket.number = :n", Long.class)
                .setParameter("n", opened.getNumber()).getSingleResult();
        assertEquals(1L, events);
    }

    @Test
    void invalidDraftsAreRefusedWholeAndStoreNothing() {
        long before = count();
        TicketDraft bad = new TicketDraft(TicketType.INQUIRY, "", "x", "名前", null, "no-at-sign", null, "NOPE",
                null, null, false);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tickets.open(bad, Channel.WEB));
        assertEquals(Set.of("subject", "requester.email", "system"),
                new HashSet<>(e.violations().stream().map(v -> v.field()).toList()));
        assertEquals(before, count());
    }

    @Test
    void concurrentIntakeGetsUniqueConsecutiveNumbers() throws Exception {
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String subject = "concurrent " + i + " " + UUID.randomUUID();
            futures.add(executor.submit(() -> tickets.open(draft(subject), Channel.API).getNumber()));
        }
        Set<String> numbers = new HashSet<>();
        List<Integer> sequences = new ArrayList<>();
        for (Future<String> f : futures) {
            String number = f.get();
            numbers.add(number);
            sequences.add(TicketNumber.parse(number).orElseThrow().sequence());
        }
        assertEquals(16, numbers.size(), "every ticket gets its own number");
        sequences.sort(Integer::compare);
        assertEquals(15, sequences.get(15) - sequences.get(0), "no gaps between tickets opened together");
    }

    @Test
    void aRolledBackTicketLeavesNoTraceAndNoGapInNumbers() throws Exception {
        transaction.begin();
        Ticket doomed = tickets.open(draft("rolled back " + UUID.randomUUID()), Channel.WEB);
        String token = doomed.getStatusToken();
        int sequence = TicketNumber.parse(doomed.getNumber()).orElseThrow().sequence();
        transaction.rollback();

        assertThrows(NotFoundException.class, () -> tickets.forRequester(token));
        Ticket next = tickets.open(draft("after rollback " + UUID.randomUUID()), Channel.WEB);
        assertEquals(sequence, TicketNumber.parse(next.getNumber()).orElseThrow().sequence(),
                "the number of the rolled-back ticket is given out again");
    }

    @Inject
    SimilarCases similar;

    /** Opens and answers a ticket in the current transaction, through the domain alone. */
    Ticket answeredCase(String subject) {
        Ticket t = tickets.open(draft(subject), Channel.WEB);
        Ticket managed = em.merge(t);
        managed.answer("設定画面から同期をやり直してください。", Actor.SYSTEM,
                Instant.now());
        return managed;
    }

    @Test
    void theIndexFollowsCommitsAndNeverRollbacks() throws Exception {
        String word = "索引確認" + UUID.randomUUID().toString().substring(0, 6);
        transaction.begin();
        String rolledBack = answeredCase(word + " ロールバックされる同期エラー").getNumber();
        transaction.rollback();
        assertTrue(similar.find(word + " 同期エラー", List.of(), 10).matches().stream()
                .noneMatch(m -> m.id().equals(rolledBack)), "a rolled-back ticket is never found");

        transaction.begin();
        String committed = answeredCase(word + " コミットされる同期エラー").getNumber();
        transaction.commit();
        assertEquals(committed, similar.find(word + " コミットされる同期エラー", List.of(), 10).matches().get(0).id(),
                "a committed ticket is found at once");
    }

    @Inject
    IndexMaintenance maintenance;

    @Test
    void afterAnUncleanStopTheIndexIsRebuiltFromTheDatabase() throws Exception {
        String word = "復旧確認" + UUID.randomUUID().toString().substring(0, 6);
        transaction.begin();
        String number = answeredCase(word + " インデックス復旧の同期エラー").getNumber();
        transaction.commit();
        // Lose the index as a crash between commit and indexing would.
        transaction.begin();
        Search.session(em).workspace(Ticket.class).purge();
        transaction.commit();
        assertTrue(similar.find(word + " インデックス復旧の同期エラー", null, 5).matches().stream()
                .noneMatch(m -> m.id().equals(number)), "the ticket is gone from the index");
        var lost = census.take();
        var tickets = lost.counts().stream().filter(c -> c.kind().equals("ticket")).findFirst().orElseThrow();
        assertTrue(tickets.indexed() < tickets.stored() && !lost.consistent(), "the census sees the loss: " + lost);

        Files.deleteIfExists(IndexDirectories.root().resolve("clean-shutdown"));
        assertEquals(RebuildReason.UNCLEAN_SHUTDOWN,
                maintenance.recoverIfUncleanShutdown().orElseThrow().reason(),
                "no clean-shutdown marker beside an existing index: rebuild, as after a crash");
        var rebuilt = maintenance.awaitRebuild(Duration.ofMinutes(2)).orElseThrow();
        assertTrue(rebuilt.finished(), "the rebuild ends");
        assertEquals(null, rebuilt.failure());
        assertEquals(number, similar.find(word + " インデックス復旧の同期エラー", null, 5).matches().stream()
                .filter(m -> m.kind().equals("ticket")).findFirst().orElseThrow().id());
        var whole = census.take();
        assertTrue(whole.consistent() && !whole.rebuilding(), "the index holds what the database holds: " + whole);
        assertEquals(count(), whole.counts().get(0).stored());
    }

    @Inject
    IndexCensus census;

    @Inject
    SimilarFirstWriters similarFirstWriters;

    @Test
    void theIndexWritersOfTheServerMergeSimilarTicketsTogether() {
        // set at start; asked again, each of Hibernate Search's writers (tickets, articles) reports the policy it has
        assertEquals(2, similarFirstWriters.apply(), "the ticket and article index writers renumber large merges");
        assertEquals(2, similarFirstWriters.apply(), "asked again: the same");
    }

    @Test
    void statusLinksAreLongRandomAndDistinct() {
        String a = tickets.open(draft("token a " + UUID.randomUUID()), Channel.WEB).getStatusToken();
        String b = tickets.open(draft("token b " + UUID.randomUUID()), Channel.WEB).getStatusToken();
        assertNotEquals(a, b);
        assertTrue(a.length() >= 43 && a.matches("[A-Za-z0-9_-]+"), a);
        assertThrows(NotFoundException.class, () -> tickets.forRequester(a.substring(0, 42) + "x"));
    }

    @Test
    void agentActionsAndPhoneLogsNeedASignedInAgent() {
        String number = tickets.open(draft("no caller " + UUID.randomUUID()), Channel.WEB).getNumber();
        assertThrows(AccessDeniedException.class, () -> tickets.addMessage(number, MessageKind.REPLY, "hello"));
        assertThrows(AccessDeniedException.class, () -> tickets.get(number));
        assertThrows(AccessDeniedException.class, () -> tickets.open(draft("phone"), Channel.PHONE));
    }
}
