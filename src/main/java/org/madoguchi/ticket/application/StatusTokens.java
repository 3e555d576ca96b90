package org.madoguchi.ticket.application;

import java.security.SecureRandom;
import java.util.Base64;

/** The private status links' tokens: 256 random bits, URL-safe. */
public final class StatusTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private StatusTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
