package org.madoguchi.account.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** What a role may do. Checked on the server for every page action and API call. */
public enum Permission {
    VIEW_TICKETS(Role.OPERATOR, Role.MANAGER, Role.LEAD, Role.CITY),
    WORK_TICKETS(Role.OPERATOR, Role.MANAGER, Role.LEAD),
    REASSIGN(Role.MANAGER, Role.LEAD),
    REOPEN_CLOSED(Role.MANAGER, Role.LEAD),
    OVERRIDE_PRIORITY(Role.MANAGER, Role.LEAD),
    CONFIGURE(Role.LEAD, Role.ADMIN),
    MANAGE_ACCOUNTS(Role.LEAD, Role.ADMIN),
    /** Read every knowledge-base article, internal ones and drafts included. */
    READ_KB(Role.OPERATOR, Role.MANAGER, Role.LEAD, Role.CITY),
    /** Write articles, send them to review, publish approved ones, archive. */
    EDIT_KB(Role.OPERATOR, Role.MANAGER, Role.LEAD),
    /** Approve an internal article. */
    APPROVE_INTERNAL_KB(Role.MANAGER, Role.LEAD),
    /** Approve an article for the public site: the contract leaves this to the city. */
    APPROVE_PUBLIC_KB(Role.CITY),
    /** Import and export kb-content files. */
    SYNC_KB(Role.LEAD, Role.ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean grantedTo(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
