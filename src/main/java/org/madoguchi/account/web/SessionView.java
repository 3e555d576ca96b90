package org.madoguchi.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.madoguchi.account.application.AccountService;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Account;
import org.madoguchi.account.domain.Permission;

/** The signed-in user as the console header shows them, what the menu offers them, and sign-out. */
@Named("signedIn")
@RequestScoped
public class SessionView {

    @Inject
    CurrentUser currentUser;
    @Inject
    AccountService accounts;

    private Account account;

    public String getDisplayName() {
        if (account == null) {
            account = currentUser.username().flatMap(accounts::byUsername).orElse(null);
        }
        return account == null ? "" : account.getDisplayName();
    }

    public String getUsername() {
        return currentUser.username().orElse("");
    }

    public boolean may(String permission) {
        return currentUser.may(Permission.valueOf(permission));
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login?signedOut=true");
    }
}
