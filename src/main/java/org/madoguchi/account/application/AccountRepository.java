package org.madoguchi.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.madoguchi.account.domain.Account;
import org.madoguchi.account.domain.Permission;

/** Loads and stores accounts. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    /** Enabled accounts that may work tickets: the choices when assigning. */
    public List<Account> agents() {
        return em.createQuery("select distinct a from Account a join a.roles r where a.enabled = true "
                        + "and r in :roles order by a.displayName", Account.class)
                .setParameter("roles", Permission.WORK_TICKETS.roles())
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    /**
     * The account, its row held until the transaction ends: whoever reads it next this way waits, then sees this
     * one's writes.
     */
    public Optional<Account> byUsernameForUpdate(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public void add(Account account) {
        em.persist(account);
    }
}
