package org.madoguchi.account.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedPasswordsTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-27T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    /** Every slow check asked for, as "password@hash"; "hash-of-X" matches password X. */
    final List<String> slowChecks = new ArrayList<>();
    final RecentlyVerifiedPasswords verified = new RecentlyVerifiedPasswords((password, hash) -> {
        slowChecks.add(password + "@" + hash);
        return hash.equals("hash-of-" + password);
    }, Duration.ofMinutes(5), clock);

    @Test
    void aMatchIsTakenOnTrustUntilItExpires() {
        assertTrue(verified.matches("secret-1", "hash-of-secret-1"));
        assertTrue(verified.matches("secret-1", "hash-of-secret-1"));
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertTrue(verified.matches("secret-1", "hash-of-secret-1"));
        assertEquals(1, slowChecks.size(), "checked once: " + slowChecks);

        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertTrue(verified.matches("secret-1", "hash-of-secret-1"));
        assertEquals(2, slowChecks.size(), "checked again after five minutes");
    }

    @Test
    void aWrongPasswordIsCheckedInFullEveryTime() {
        assertTrue(verified.matches("secret-1", "hash-of-secret-1"));
        assertFalse(verified.matches("guess", "hash-of-secret-1"));
        assertFalse(verified.matches("guess", "hash-of-secret-1"));
        assertEquals(3, slowChecks.size(), slowChecks.toString());
    }

    @Test
    void aChangedPasswordIsCheckedAfresh() {
        assertTrue(verified.matches("secret-1", "hash-of-secret-1"));
        // the account's password was changed: its stored hash is another one
        assertFalse(verified.matches("secret-1", "hash-of-secret-2"));
        assertTrue(verified.matches("secret-2", "hash-of-secret-2"));
        assertEquals(List.of("secret-1@hash-of-secret-1", "secret-1@hash-of-secret-2", "secret-2@hash-of-secret-2"),
                slowChecks);
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < RecentlyVerifiedPasswords.MAX_ENTRIES + 5; i++) {
            assertTrue(verified.matches("p" + i, "hash-of-p" + i));
        }
        assertTrue(verified.size() <= RecentlyVerifiedPasswords.MAX_ENTRIES, "kept " + verified.size());
    }
}
