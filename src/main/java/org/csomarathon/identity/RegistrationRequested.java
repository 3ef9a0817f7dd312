package org.csomarathon.identity;

import java.time.Instant;
import java.time.ZoneId;
import org.csomarathon.platform.Language;

/**
 * Someone registered: the confirmation link to mail to the address, in their language and zone; or,
 * when the address already has an account ({@code existingAccountId} set, no token), a word to its
 * owner instead, so the page's answer never tells which addresses have accounts.
 */
public record RegistrationRequested(String email, String fullName, Language language, ZoneId zone, String token,
                                    Instant expiresAt, Long existingAccountId) {
}
