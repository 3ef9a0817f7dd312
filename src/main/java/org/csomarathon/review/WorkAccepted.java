package org.csomarathon.review;

import java.util.List;

/**
 * Released feedback accepted work of these people (the teams' members at the release), in the
 * transaction of the release: the gate tells those it has now let through.
 */
public record WorkAccepted(long cohortId, String cohortName, List<Long> accountIds) {

    public WorkAccepted {
        accountIds = List.copyOf(accountIds);
    }
}
