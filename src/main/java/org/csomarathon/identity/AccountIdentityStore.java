package org.csomarathon.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;
import org.csomarathon.platform.BusinessException;

/**
 * Checks an e-mail and password against the accounts. The caller's name is the account id
 * (stable when the e-mail changes); the groups are the roles. An unknown e-mail costs as
 * much time as a wrong password, so timing does not tell which addresses have accounts.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    PasswordHashing passwords;

    private volatile String decoyHash;

    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account;
        try {
            account = accounts.findByEmail(EmailAddress.of(given.getCaller())).filter(Account::isEnabled);
        } catch (BusinessException malformedEmail) {
            account = Optional.empty();
        }
        String password = given.getPasswordAsString();
        if (account.isEmpty()) {
            passwords.verify(password, decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account a = account.get();
        if (!passwords.verify(password, a.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(String.valueOf(a.getId()),
                a.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.hashNew("decoy-password-never-matches");
        }
        return decoyHash;
    }
}
