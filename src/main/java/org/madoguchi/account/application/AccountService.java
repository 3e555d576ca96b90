package org.madoguchi.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.madoguchi.account.domain.Account;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.account.domain.Role;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.domain.TextRules;

/** Sign-in with lockout, and the administration of accounts. */
@ApplicationScoped
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Inject
    AccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    SignInRecords records;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Inject
    CurrentUser currentUser;

    private volatile String dummyHash;

    /**
     * Checks a password; counts failures and locks the account after too many in a row ({@link SignInRecords}). A
     * success with nothing new to record (an API client's next request) writes nothing.
     */
    @Transactional
    public SignInResult signIn(String username, String password) {
        Instant now = clock.instant();
        var found = username == null ? Optional.<Account>empty() : accounts.byUsername(username.strip());
        if (found.isEmpty() || password == null) {
            // Spend the same time as a real check, so that response times do not reveal user names.
            hasher.spendCheckTime(password == null ? "" : password, dummyHash());
            return SignInResult.invalid();
        }
        Account account = found.get();
        if (!account.maySignIn(now)) {
            return SignInResult.refused(account, now);
        }
        String checkedHash = account.getPasswordHash();
        boolean matches = hasher.matches(password, checkedHash);
        if (matches && !account.signInWouldChange(now)) {
            return SignInResult.success(account.getUsername(), account.getRoles());
        }
        return records.record(account.getUsername(), password, checkedHash, matches, now);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash("not-a-real-password");
        }
        return dummyHash;
    }

    @Transactional
    public Account create(String username, String displayName, String email, String password, Set<Role> roles) {
        currentUser.require(Permission.MANAGE_ACCOUNTS);
        return createWithoutCheck(username, displayName, email, password, roles);
    }

    /** For start-up bootstrap (first admin, demo accounts), when nobody is signed in yet. */
    @Transactional
    public Account createWithoutCheck(String username, String displayName, String email, String password,
                                      Set<Role> roles) {
        List<Violation> violations = new ArrayList<>();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            violations.add(Violation.of("username", "validation.username"));
        } else if (accounts.byUsername(name).isPresent()) {
            violations.add(Violation.of("username", "validation.username.taken"));
        }
        TextRules.requireText(violations, "displayName", displayName, TextRules.NAME_MAX, false);
        TextRules.email(violations, "email", email, false);
        checkPassword(violations, password);
        if (roles == null || roles.isEmpty()) {
            violations.add(Violation.of("roles", "validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Account account = new Account(name, displayName.strip(), email == null || email.isBlank() ? null
                : email.strip(), hasher.hash(password), roles, clock.instant());
        accounts.add(account);
        return account;
    }

    /** Demo mode only: the well-known password {@code demo}, which the password policy would refuse. */
    @Transactional
    public Account createDemoAccount(String username, String displayName, String email, Set<Role> roles) {
        Account account = new Account(username, displayName, email, hasher.hash("demo"), roles, clock.instant());
        accounts.add(account);
        return account;
    }

    private static void checkPassword(List<Violation> violations, String password) {
        if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
            violations.add(Violation.of("password", "validation.password.short", PasswordHasher.MIN_LENGTH));
        }
    }

    @Transactional
    public void update(String username, String displayName, String email, Set<Role> roles, boolean enabled) {
        currentUser.require(Permission.MANAGE_ACCOUNTS);
        List<Violation> violations = new ArrayList<>();
        TextRules.requireText(violations, "displayName", displayName, TextRules.NAME_MAX, false);
        TextRules.email(violations, "email", email, false);
        if (roles == null || roles.isEmpty()) {
            violations.add(Violation.of("roles", "validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        find(username).update(displayName.strip(), email == null || email.isBlank() ? null : email.strip(),
                roles, enabled);
    }

    @Transactional
    public void resetPassword(String username, String newPassword) {
        currentUser.require(Permission.MANAGE_ACCOUNTS);
        List<Violation> violations = new ArrayList<>();
        checkPassword(violations, newPassword);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Account account = find(username);
        account.changePassword(hasher.hash(newPassword), clock.instant());
        account.unlock();
    }

    @Transactional
    public List<Account> list() {
        currentUser.require(Permission.MANAGE_ACCOUNTS);
        return accounts.all();
    }

    @Transactional
    public List<Account> agents() {
        currentUser.require(Permission.VIEW_TICKETS);
        return accounts.agents();
    }

    @Transactional
    public Optional<Account> byUsername(String username) {
        return accounts.byUsername(username);
    }

    private Account find(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new NotFoundException("No account " + username));
    }
}
