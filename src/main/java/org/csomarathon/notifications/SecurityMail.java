package org.csomarathon.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.csomarathon.identity.PasswordResetRequested;

/** Mail about a person's account: the password reset link, in the transaction of the request. */
@ApplicationScoped
public class SecurityMail {

    @Inject
    Notifications notifications;

    void passwordResetRequested(@Observes PasswordResetRequested request) {
        notifications.notify(List.of(request.accountId()), MessageKind.PASSWORD_RESET,
                "password-new.xhtml?token=" + request.token(), request.expiresAt());
    }
}
