package org.madoguchi.account.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a few minutes that a password matched its stored hash. An API client sends HTTP Basic with every
 * request, and PBKDF2 at 210,000 iterations costs about a quarter of a second of CPU each time: without this, every
 * API call would. Only matches are remembered, so a wrong password always pays the full check and counts towards the
 * lock-out; the stored hash is part of the key, so a changed password is checked afresh. What is kept is an HMAC
 * under a key made at start and never stored, not the password or a fast hash of it.
 */
final class RecentlyVerifiedPasswords {

    /** Entries kept at most; when full, the expired ones go, and if none has expired, all of them. */
    static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Duration lifetime;
    private final BiPredicate<String, String> slowCheck;
    private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    /**
     * @param slowCheck the real check of a password against a stored hash
     * @param lifetime  how long a match is taken on trust
     */
    RecentlyVerifiedPasswords(BiPredicate<String, String> slowCheck, Duration lifetime, Clock clock) {
        this.slowCheck = slowCheck;
        this.lifetime = lifetime;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    boolean matches(String password, String storedHash) {
        String entry = tag(password, storedHash);
        Instant now = clock.instant();
        Instant until = verifiedUntil.get(entry);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        if (!slowCheck.test(password, storedHash)) {
            return false;
        }
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            verifiedUntil.values().removeIf(expiry -> !now.isBefore(expiry));
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
        }
        verifiedUntil.put(entry, now.plus(lifetime));
        return true;
    }

    int size() {
        return verifiedUntil.size();
    }

    private String tag(String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
