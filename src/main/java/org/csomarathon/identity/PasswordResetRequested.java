package org.csomarathon.identity;

import java.time.Instant;

/** A person asked for a new password: the token to send them, in the transaction of the request. */
public record PasswordResetRequested(long accountId, String token, Instant expiresAt) {
}
