package org.madoguchi.account.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madoguchi.account.domain.Role;
import org.madoguchi.support.Deployments;

/**
 * Sign-ins inside Payara Micro, with real transactions on the real H2 database: an API client signs in with every
 * request, often several at once.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "correct-horse-7";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(AccountServiceIT.class, Deployments.class);
    }

    @Inject
    AccountService accounts;
    @Inject
    AccountRepository repository;
    @Resource
    ManagedExecutorService executor;

    /** A new account, never signed in: the first sign-ins all have something to record. */
    private String newAccount() {
        String name = "parallel-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(name, "並行 確認", null, PASSWORD, Set.of(Role.OPERATOR));
        return name;
    }

    private List<SignInResult> atOnce(String username, List<String> passwords) throws Exception {
        List<Future<SignInResult>> running = new ArrayList<>();
        for (String password : passwords) {
            running.add(executor.submit(() -> accounts.signIn(username, password)));
        }
        List<SignInResult> results = new ArrayList<>();
        for (Future<SignInResult> result : running) {
            results.add(result.get()); // a conflict between the transactions would be thrown here
        }
        return results;
    }

    @Test
    void parallelSignInsOfOneAccountAllSucceed() throws Exception {
        String name = newAccount();
        List<SignInResult> results = atOnce(name, Collections.nCopies(16, PASSWORD));
        assertEquals(16, results.stream().filter(SignInResult::succeeded).count(), results.toString());
        assertNotNull(repository.byUsername(name).orElseThrow().getLastLoginAt(), "the sign-in is recorded");
    }

    @Test
    void parallelWrongPasswordsAreEachCountedAndLockTheAccount() throws Exception {
        String name = newAccount();
        List<String> guesses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            guesses.add("guess-" + i);
        }
        List<SignInResult> results = atOnce(name, guesses);
        assertFalse(results.stream().anyMatch(SignInResult::succeeded));
        assertEquals(SignInResult.Outcome.LOCKED, accounts.signIn(name, PASSWORD).outcome(),
                "five of the eight wrong passwords in a row locked it, none lost to another: " + results);
    }
}
