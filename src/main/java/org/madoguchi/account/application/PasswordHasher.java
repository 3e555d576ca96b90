package org.madoguchi.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations and a random salt (OWASP's current advice), through Jakarta
 * Security's standard {@link Pbkdf2PasswordHash}; the stored form carries its own parameters. A match is taken on
 * trust for {@link #TRUSTED_FOR} ({@link RecentlyVerifiedPasswords}), as API clients send the password with every
 * request.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 8;
    static final Duration TRUSTED_FOR = Duration.ofMinutes(5);

    @Inject
    Pbkdf2PasswordHash pbkdf2;
    @Inject
    Clock clock;

    private RecentlyVerifiedPasswords verified;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        verified = new RecentlyVerifiedPasswords(
                (password, stored) -> pbkdf2.verify(password.toCharArray(), stored), TRUSTED_FOR, clock);
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return verified.matches(password, storedHash);
    }

    /**
     * A full check whose result is thrown away, never taken on trust: a sign-in for an unknown user takes as long as
     * one for a known user, whatever password is tried.
     */
    public void spendCheckTime(String password, String anyHash) {
        pbkdf2.verify(password.toCharArray(), anyHash);
    }
}
