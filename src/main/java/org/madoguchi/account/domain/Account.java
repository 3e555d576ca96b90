package org.madoguchi.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.type.NumericBooleanConverter;

/**
 * A person who signs in: an agent, a city user or an administrator. Keeps its own lockout state: after
 * too many failed sign-ins in a row it refuses every attempt until the lockout has passed.
 */
@Entity
@Table(name = "account")
public class Account {

    /** How stale the recorded last sign-in may get before a sign-in records it again. */
    public static final Duration LAST_SIGN_IN_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, updatable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String username, String displayName, String email, String passwordHash, Set<Role> roles,
                   Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** May this account try a password now? Disabled and locked accounts may not. */
    public boolean maySignIn(Instant now) {
        return enabled && !isLocked(now);
    }

    /**
     * Whether a successful sign-in now has anything to record: failures to forget, or a last sign-in older than
     * {@link #LAST_SIGN_IN_PRECISION}. An API client signs in with every request; dormant accounts are judged by the
     * day, so a write per request would only make parallel requests of one account wait for each other.
     */
    public boolean signInWouldChange(Instant now) {
        return failedLogins > 0 || lockedUntil != null || lastLoginAt == null
                || !lastLoginAt.isAfter(now.minus(LAST_SIGN_IN_PRECISION));
    }

    public void signInSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** Counts a failure; the one that reaches {@code maxFailures} locks the account for {@code lockout}. */
    public void signInFailed(Instant now, int maxFailures, Duration lockout) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
    }

    public void update(String newDisplayName, String newEmail, Set<Role> newRoles, boolean nowEnabled) {
        displayName = newDisplayName;
        email = newEmail;
        roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        enabled = nowEnabled;
    }

    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    public boolean has(Permission permission) {
        return permission.grantedTo(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Account other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }
}
