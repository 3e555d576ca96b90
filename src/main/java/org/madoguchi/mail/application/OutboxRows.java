package org.madoguchi.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.madoguchi.mail.domain.OutboxMail;
import org.madoguchi.mail.persistence.MailRepository;

/** The sender's short transactions: each outbox row is read and marked in one of its own. */
@ApplicationScoped
public class OutboxRows {

    @Inject
    MailRepository mails;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int max) {
        return mails.dueOutbox(now, max);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OutboxMail load(long id) {
        return mails.outbox(id).orElse(null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id, Instant at) {
        mails.outbox(id).ifPresent(m -> m.sent(at));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long id, String error, Instant at) {
        mails.outbox(id).ifPresent(m -> m.failed(error, at));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean retry(long id, Instant at) {
        return mails.outbox(id).map(m -> {
            m.retry(at);
            return true;
        }).orElse(false);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMail> notSent(int max) {
        return mails.outboxNotSent(max);
    }
}
