package org.madoguchi.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.madoguchi.account.application.AccountService;
import org.madoguchi.account.domain.Account;
import org.madoguchi.account.domain.Role;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.web.Feedback;

/** Account administration: create accounts, change roles, disable, reset a password (which also unlocks). */
@Named
@ViewScoped
public class AccountAdminView implements Serializable {

    @Inject
    AccountService service;

    private List<Account> accounts;
    private boolean editing;
    private String username;
    private String displayName;
    private String email;
    private String password;
    private Role[] roles = new Role[0];
    private boolean enabled = true;

    public List<Account> getAccounts() {
        if (accounts == null) {
            accounts = service.list();
        }
        return accounts;
    }

    public void edit(Account account) {
        editing = true;
        username = account.getUsername();
        displayName = account.getDisplayName();
        email = account.getEmail();
        roles = account.getRoles().toArray(Role[]::new);
        enabled = account.isEnabled();
        password = null;
    }

    public void startNew() {
        editing = false;
        username = null;
        displayName = null;
        email = null;
        password = null;
        roles = new Role[0];
        enabled = true;
    }

    public void save() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            chosen.addAll(Arrays.asList(roles));
        }
        try {
            if (editing) {
                service.update(username, displayName, email, chosen, enabled);
                if (password != null && !password.isEmpty()) {
                    service.resetPassword(username, password);
                }
            } else {
                service.create(username, displayName, email, password, chosen);
            }
            Feedback.info("accounts.saved", username);
            accounts = null;
            startNew();
        } catch (InvalidInputException e) {
            Feedback.show("account", e);
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isEditing() {
        return editing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
