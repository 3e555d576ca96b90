package org.madoguchi.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.madoguchi.account.domain.Account;
import org.madoguchi.platform.config.Settings;

/**
 * Records the outcome of a password check on the account (failures in a row, lock-out, last sign-in), one sign-in of
 * an account at a time. An API client sends several requests at once, each signing in: without the row held, they
 * would write the same row together and all but one fail, and parallel wrong passwords would each count from the
 * same number and lock the account out too late.
 */
@ApplicationScoped
public class SignInRecords {

    @Inject
    AccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    Settings settings;

    /**
     * In a transaction of its own, which reads the account first and holds it: it sees what the sign-in before it
     * wrote.
     *
     * @param checkedHash the stored hash the password was checked against, and {@code matched} the outcome
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignInResult record(String username, String password, String checkedHash, boolean matched, Instant now) {
        Optional<Account> found = accounts.byUsernameForUpdate(username);
        if (found.isEmpty()) {
            return SignInResult.invalid();
        }
        Account account = found.get();
        if (!account.maySignIn(now)) {
            return SignInResult.refused(account, now);
        }
        boolean matches = checkedHash.equals(account.getPasswordHash()) ? matched
                : hasher.matches(password, account.getPasswordHash()); // the password was changed meanwhile
        if (!matches) {
            account.signInFailed(now, settings.maxLoginFailures(), settings.lockout());
            return SignInResult.refused(account, now);
        }
        account.signInSucceeded(now);
        return SignInResult.success(account.getUsername(), account.getRoles());
    }
}
