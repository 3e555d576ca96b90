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
    MANAGE_ACCOUNTS(Role.LEAD, Role.ADMIN);

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
