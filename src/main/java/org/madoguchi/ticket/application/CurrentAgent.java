package org.madoguchi.ticket.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.madoguchi.account.application.AccountService;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Account;
import org.madoguchi.ticket.domain.Actor;

/** The signed-in account as the author of what it does to tickets: user name and display name. */
@RequestScoped
public class CurrentAgent {

    @Inject
    CurrentUser currentUser;
    @Inject
    AccountService accounts;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            String username = currentUser.username().orElseThrow();
            actor = new Actor(username, accounts.byUsername(username).map(Account::getDisplayName).orElse(username));
        }
        return actor;
    }
}
