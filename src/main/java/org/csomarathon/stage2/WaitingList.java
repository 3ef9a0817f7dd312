package org.csomarathon.stage2;

import java.util.List;
import java.util.Map;

/**
 * Who is invited next: the first people of the ranking who have had no invitation yet, as many as
 * the seats not held (by an invitation waiting for its answer or confirmed). A person who declined,
 * let the reply-by time pass or was withdrawn is not invited again by the list.
 */
public final class WaitingList {

    private WaitingList() {
    }

    /** The people to invite now, best first; {@code ranking} in ranking order (teammates sharing a place by name). */
    public static List<Long> next(List<Long> ranking, Map<Long, InvitationState> invitations, int seats) {
        long held = invitations.values().stream().filter(InvitationState::holdsSeat).count();
        return ranking.stream().filter(person -> !invitations.containsKey(person))
                .limit(Math.max(0, seats - held))
                .toList();
    }

    /** The people of the ranking never invited, in ranking order: the waiting list as the coordinator sees it. */
    public static List<Long> waiting(List<Long> ranking, Map<Long, InvitationState> invitations) {
        return ranking.stream().filter(person -> !invitations.containsKey(person)).toList();
    }
}
