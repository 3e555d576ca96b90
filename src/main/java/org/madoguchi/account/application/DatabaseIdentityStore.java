package org.madoguchi.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.madoguchi.account.domain.Role;

/** Validates user name and password against the account table; the account's roles become its groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = accounts.signIn(up.getCaller(), up.getPasswordAsString());
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(),
                result.roles().stream().map(Role::group).collect(Collectors.toSet()));
    }
}
