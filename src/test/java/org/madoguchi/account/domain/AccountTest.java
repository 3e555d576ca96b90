package org.madoguchi.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    private static final int MAX_FAILURES = 5;
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private static Account account(Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return new Account("operator", "担当", null, "hash", set, T0);
    }

    private static void fail(Account a, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            a.signInFailed(at, MAX_FAILURES, LOCKOUT);
        }
    }

    @Test
    void newAccountMaySignIn() {
        Account a = account(Role.OPERATOR);
        assertTrue(a.isEnabled());
        assertFalse(a.isLocked(T0));
        assertTrue(a.maySignIn(T0));
    }

    @Test
    void aSignInIsRecordedOnlyWhenTheRecordWouldChange() {
        Account a = account(Role.OPERATOR);
        assertTrue(a.signInWouldChange(T0), "never signed in");
        a.signInSucceeded(T0);
        assertFalse(a.signInWouldChange(T0.plusSeconds(30)), "an API client's next request within the minute");
        assertTrue(a.signInWouldChange(T0.plus(Account.LAST_SIGN_IN_PRECISION)), "a minute later it is recorded again");
        fail(a, 1, T0.plusSeconds(40));
        assertTrue(a.signInWouldChange(T0.plusSeconds(41)), "a failure in a row is forgotten by the next success");
    }

    @Test
    void failuresBelowTheLimitDoNotLock() {
        Account a = account(Role.OPERATOR);
        fail(a, MAX_FAILURES - 1, T0);
        assertFalse(a.isLocked(T0));
        assertTrue(a.maySignIn(T0));
        assertNull(a.getLockedUntil());
    }

    @Test
    void theFailureThatReachesTheLimitLocksForTheLockoutDuration() {
        Account a = account(Role.OPERATOR);
        fail(a, MAX_FAILURES, T0);
        assertEquals(T0.plus(LOCKOUT), a.getLockedUntil());
        assertTrue(a.isLocked(T0));
        assertFalse(a.maySignIn(T0));
        assertFalse(a.maySignIn(T0.plus(LOCKOUT).minusNanos(1)));
    }

    @Test
    void lockExpiresAfterTheDuration() {
        Account a = account(Role.OPERATOR);
        fail(a, MAX_FAILURES, T0);
        Instant expiry = T0.plus(LOCKOUT);
        assertFalse(a.isLocked(expiry));
        assertTrue(a.maySignIn(expiry));
        // The counter started again with the lock: one more failure after expiry does not relock.
        fail(a, 1, expiry);
        assertTrue(a.maySignIn(expiry));
        fail(a, MAX_FAILURES - 1, expiry);
        assertFalse(a.maySignIn(expiry));
        assertEquals(expiry.plus(LOCKOUT), a.getLockedUntil());
    }

    @Test
    void successResetsTheFailureCounter() {
        Account a = account(Role.OPERATOR);
        fail(a, MAX_FAILURES - 1, T0);
        a.signInSucceeded(T0.plusSeconds(1));
        assertEquals(T0.plusSeconds(1), a.getLastLoginAt());
        fail(a, MAX_FAILURES - 1, T0.plusSeconds(2));
        assertTrue(a.maySignIn(T0.plusSeconds(2)));
        fail(a, 1, T0.plusSeconds(3));
        assertFalse(a.maySignIn(T0.plusSeconds(3)));
    }

    @Test
    void unlockLiftsTheLockAndResetsTheCounter() {
        Account a = account(Role.OPERATOR);
        fail(a, MAX_FAILURES, T0);
        a.unlock();
        assertTrue(a.maySignIn(T0));
        assertNull(a.getLockedUntil());
        // Failures counted before an unlock do not carry over.
        fail(a, MAX_FAILURES - 1, T0);
        a.unlock();
        fail(a, MAX_FAILURES - 1, T0);
        assertTrue(a.maySignIn(T0));
    }

    @Test
    void disabledAccountMayNotSignInEvenWhenNotLocked() {
        Account a = account(Role.OPERATOR);
        a.update("担当", null, EnumSet.of(Role.OPERATOR), false);
        assertFalse(a.isEnabled());
        assertFalse(a.isLocked(T0));
        assertFalse(a.maySignIn(T0));
        a.update("担当", null, EnumSet.of(Role.OPERATOR), true);
        assertTrue(a.maySignIn(T0));
    }

    /** The expected role → permission table, written out independently of {@link Permission}. */
    private static final Map<Role, Set<Permission>> GRANTED = Map.of(
            Role.OPERATOR, EnumSet.of(Permission.VIEW_TICKETS, Permission.WORK_TICKETS, Permission.READ_KB,
                    Permission.EDIT_KB),
            Role.MANAGER, EnumSet.of(Permission.VIEW_TICKETS, Permission.WORK_TICKETS, Permission.REASSIGN,
                    Permission.REOPEN_CLOSED, Permission.OVERRIDE_PRIORITY, Permission.READ_KB, Permission.EDIT_KB,
                    Permission.APPROVE_INTERNAL_KB),
            // public articles are approved by the city alone, as the contract says
            Role.LEAD, EnumSet.complementOf(EnumSet.of(Permission.APPROVE_PUBLIC_KB)),
            Role.CITY, EnumSet.of(Permission.VIEW_TICKETS, Permission.READ_KB, Permission.APPROVE_PUBLIC_KB),
            Role.ADMIN, EnumSet.of(Permission.CONFIGURE, Permission.MANAGE_ACCOUNTS, Permission.SYNC_KB));

    static Stream<Arguments> roleAndPermission() {
        return Stream.of(Role.values())
                .flatMap(r -> Stream.of(Permission.values()).map(p -> Arguments.of(r, p)));
    }

    @Test
    void tableCoversEveryRole() {
        assertEquals(EnumSet.allOf(Role.class), EnumSet.copyOf(GRANTED.keySet()));
    }

    @ParameterizedTest(name = "{0} has {1}: per table")
    @MethodSource("roleAndPermission")
    void permissionIsGrantedExactlyAsInTheTable(Role role, Permission permission) {
        boolean expected = GRANTED.get(role).contains(permission);
        assertEquals(expected, permission.grantedTo(Set.of(role)));
        assertEquals(expected, permission.roles().contains(role));
        assertEquals(expected, account(role).has(permission));
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void noRolesMeansNoPermission(Permission permission) {
        assertFalse(permission.grantedTo(List.of()));
        assertFalse(account().has(permission));
    }

    @Test
    void severalRolesGrantTheUnionOfTheirPermissions() {
        Account a = account(Role.OPERATOR, Role.ADMIN);
        for (Permission p : Permission.values()) {
            boolean expected = GRANTED.get(Role.OPERATOR).contains(p) || GRANTED.get(Role.ADMIN).contains(p);
            assertEquals(expected, a.has(p), p.name());
        }
    }

    @Test
    void rolesAreCopiedNotShared() {
        Set<Role> roles = EnumSet.of(Role.CITY);
        Account a = new Account("city", "本市", null, "hash", roles, T0);
        roles.add(Role.LEAD);
        a.getRoles().add(Role.ADMIN);
        assertEquals(EnumSet.of(Role.CITY), a.getRoles());
        assertFalse(a.has(Permission.WORK_TICKETS));
    }

    @Test
    void roleGroupNamesRoundTrip() {
        for (Role r : Role.values()) {
            assertEquals(r.name().toLowerCase(Locale.ROOT), r.group());
            assertEquals(r, Role.fromGroup(r.group()));
        }
    }
}
