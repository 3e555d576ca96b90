package org.madoguchi.account.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.account.domain.Role;
import org.madoguchi.platform.error.AccessDeniedException;

/** The signed-in caller of this request, and the server-side permission check every use case makes. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    public Optional<String> username() {
        Principal p = security.getCallerPrincipal();
        return p == null ? Optional.empty() : Optional.of(p.getName());
    }

    public boolean isSignedIn() {
        return username().isPresent();
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (security.isCallerInRole(r.group())) {
                roles.add(r);
            }
        }
        return roles;
    }

    public boolean may(Permission permission) {
        return isSignedIn() && permission.grantedTo(roles());
    }

    /** Refuses the action unless the caller holds a role with this permission. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException("This action needs one of the roles " + permission.roles());
        }
    }
}
