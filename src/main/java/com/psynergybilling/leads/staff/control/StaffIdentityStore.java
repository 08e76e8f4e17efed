package com.psynergybilling.leads.staff.control;

import com.psynergybilling.leads.staff.entity.Role;
import com.psynergybilling.leads.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks staff passwords and integration tokens against the database; roles become groups. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffDirectory directory;

    @Inject
    Passwords passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential login) {
            return validate(login.getCaller(), login.getPasswordAsString());
        }
        if (credential instanceof BearerCredential bearer) {
            if (!Tokens.wellFormed(bearer.token())) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return directory.findToken(bearer.token())
                    .filter(token -> !token.user().disabled())
                    .map(token -> valid(token.user()))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult validate(String username, String password) {
        var user = directory.find(username);
        if (user.isEmpty()) {
            passwords.verifyNobody(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        // A disabled user's password is still checked, so the answer takes as long as for anyone else.
        boolean matches = passwords.verify(password, user.get().passwordHash());
        return matches && !user.get().disabled() ? valid(user.get()) : CredentialValidationResult.INVALID_RESULT;
    }

    /** The caller and groups of a user already known to be signed in (a console session). */
    public static CredentialValidationResult valid(StaffUser user) {
        Set<String> groups = user.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(user.username(), groups);
    }
}
