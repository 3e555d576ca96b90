package org.madoguchi.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void failuresBackOffAndGiveUpForAnAdministrator() {
        OutboxMail mail = new OutboxMail("2026-000001", "received", "a@b.jp", "s", "b", "<m@d>", null, null, T0);
        mail.failed("connection refused", T0);
        assertEquals(T0.plusSeconds(30), mail.getNextAttemptAt());
        mail.failed("connection refused", T0);
        assertEquals(T0.plusSeconds(60), mail.getNextAttemptAt());
        for (int i = 2; i < OutboxMail.MAX_ATTEMPTS - 1; i++) {
            mail.failed("connection refused", T0);
        }
        assertEquals(OutboxMail.Status.PENDING, mail.getStatus());
        assertEquals(T0.plus(Duration.ofHours(6)), mail.getNextAttemptAt(), "pauses are capped");
        mail.failed("connection refused", T0);
        assertEquals(OutboxMail.Status.FAILED, mail.getStatus());

        mail.retry(T0.plusSeconds(5));
        assertEquals(OutboxMail.Status.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        mail.failed("connection refused", T0.plusSeconds(5));
        mail.retry(T0.plusSeconds(6));
        assertEquals(T0.plusSeconds(6), mail.getNextAttemptAt(), "an administrator may send a waiting mail now");
        mail.sent(T0.plusSeconds(6));
        assertEquals(OutboxMail.Status.SENT, mail.getStatus());
    }
}
