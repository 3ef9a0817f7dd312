package org.csomarathon.submissions;

import java.util.Set;
import org.csomarathon.identity.Role;

/**
 * Another part of the platform that lets more people read a team's work than its members and
 * coordinators (review: the experts allocated to the team), without submissions knowing it.
 */
public interface WorkReaders {

    boolean mayRead(long accountId, Set<Role> roles, long teamId);
}
