package org.csomarathon.identity;

import java.util.Set;

/**
 * An administrator changed what a person may do: their roles, or whether they may sign in. Fired
 * inside the transaction that changes it, so that the decision log (which observes it) stores the
 * entry with the change or not at all.
 *
 * @param rolesNow the roles after the change, when they changed; null when they did not
 * @param mayNowSignIn whether the person may now sign in, when that changed; null when it did not
 */
public record AccessChanged(long actorId, String fullName, Set<Role> rolesNow, Boolean mayNowSignIn) {
}
