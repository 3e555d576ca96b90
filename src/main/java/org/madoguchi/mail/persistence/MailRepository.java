package org.madoguchi.mail.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.madoguchi.mail.domain.InboundMail;
import org.madoguchi.mail.domain.OutboxMail;

/** The outbox and the record of mails read. */
@ApplicationScoped
public class MailRepository {

    @PersistenceContext
    EntityManager em;

    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    public void add(InboundMail mail) {
        em.persist(mail);
    }

    public Optional<OutboxMail> outbox(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    public Optional<InboundMail> inbound(long id) {
        return Optional.ofNullable(em.find(InboundMail.class, id));
    }

    public List<Long> dueOutbox(Instant now, int max) {
        return em.createQuery("select m.id from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now "
                        + "order by m.id", Long.class)
                .setParameter("pending", OutboxMail.Status.PENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    public List<OutboxMail> outboxNotSent(int max) {
        return em.createQuery("select m from OutboxMail m where m.status <> :sent order by m.id desc", OutboxMail.class)
                .setParameter("sent", OutboxMail.Status.SENT).setMaxResults(max).getResultList();
    }

    public List<OutboxMail> outboxOfTicket(String number) {
        return em.createQuery("select m from OutboxMail m where m.ticketNumber = :n order by m.id", OutboxMail.class)
                .setParameter("n", number).getResultList();
    }

    public boolean seen(String messageId) {
        return !em.createQuery("select m.id from InboundMail m where m.messageId = :id", Long.class)
                .setParameter("id", messageId).setMaxResults(1).getResultList().isEmpty();
    }

    public List<InboundMail> quarantined(int max) {
        return em.createQuery("select m from InboundMail m where m.outcome = :q order by m.id desc", InboundMail.class)
                .setParameter("q", InboundMail.Outcome.QUARANTINED).setMaxResults(max).getResultList();
    }

    public List<InboundMail> inboundOfTicket(String number) {
        return em.createQuery("select m from InboundMail m where m.ticketNumber = :n order by m.id", InboundMail.class)
                .setParameter("n", number).getResultList();
    }

    public long fromSenderSince(String sender, Instant since) {
        return em.createQuery("select count(m) from InboundMail m where m.sender = :s and m.receivedAt >= :since",
                Long.class).setParameter("s", sender).setParameter("since", since).getSingleResult();
    }

    /** The ticket a Message-ID belongs to: one the desk sent, or one it read into a ticket. */
    public Optional<String> ticketOfMessage(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>(em.createQuery(
                        "select m.ticketNumber from OutboxMail m where m.messageId in :ids", String.class)
                .setParameter("ids", messageIds).setMaxResults(1).getResultList());
        if (found.isEmpty()) {
            found.addAll(em.createQuery("select m.ticketNumber from InboundMail m where m.messageId in :ids "
                            + "and m.ticketNumber is not null", String.class)
                    .setParameter("ids", messageIds).setMaxResults(1).getResultList());
        }
        return found.stream().findFirst();
    }
}
