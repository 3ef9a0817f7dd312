package org.csomarathon.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.csomarathon.identity.PasswordResetRequested;
import org.csomarathon.identity.RegistrationRequested;

/**
 * Mail about a person's account: the registration's confirmation link and the password reset link,
 * in the transaction of the request.
 */
@ApplicationScoped
public class SecurityMail {

    @Inject
    Notifications notifications;

    void passwordResetRequested(@Observes PasswordResetRequested request) {
        notifications.notify(List.of(request.accountId()), MessageKind.PASSWORD_RESET,
                "password-new.xhtml?token=" + request.token(), request.expiresAt());
    }

    void registrationRequested(@Observes RegistrationRequested request) {
        if (request.existingAccountId() != null) {
            notifications.notify(List.of(request.existingAccountId()), MessageKind.ACCOUNT_EXISTS, "password-reset.xhtml");
        } else {
            notifications.mailAddress(request.email(), request.fullName(), request.language(), request.zone(),
                    MessageKind.EMAIL_CONFIRMATION, "confirm.xhtml?token=" + request.token(), request.expiresAt());
        }
    }
}
