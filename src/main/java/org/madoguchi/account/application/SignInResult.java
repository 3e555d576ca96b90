package org.madoguchi.account.application;

import java.time.Instant;
import java.util.Set;
import org.madoguchi.account.domain.Account;
import org.madoguchi.account.domain.Role;

/** The outcome of checking a user name and password. */
public record SignInResult(Outcome outcome, String username, Set<Role> roles) {

    public enum Outcome { SUCCESS, INVALID, LOCKED }

    public static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, Set.of());
    }

    public static SignInResult success(String username, Set<Role> roles) {
        return new SignInResult(Outcome.SUCCESS, username, roles);
    }

    /** A refusal: locked when the account is locked now, else (a wrong password, a disabled account) invalid. */
    public static SignInResult refused(Account account, Instant now) {
        return account.isLocked(now) ? locked() : invalid();
    }

    public static SignInResult locked() {
        return new SignInResult(Outcome.LOCKED, null, Set.of());
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
