package org.csomarathon.review;

import java.util.Map;

/**
 * What a queue page asks for: whose queue (null: every expert's, for coordinators), filters, and
 * the order. Orders are taken only from a fixed list, never from the request.
 */
public record QueueQuery(Long expertId, Long assignmentId, String team, boolean lateOnly, String orderBy, boolean descending) {

    /** Sortable columns; a review is created in the same transaction as its version, so its time is the submission's. */
    static final Map<String, String> ORDERS = Map.of(
            "submittedAt", "r.createdAt",
            "team", "t.name",
            "assignment", "a.title",
            "expert", "e.fullName");

    public QueueQuery {
        team = team == null ? "" : team.strip();
        orderBy = orderBy != null && ORDERS.containsKey(orderBy) ? orderBy : "submittedAt";
    }

    String where() {
        return " WHERE r.state <> org.csomarathon.review.ReviewState.RELEASED"
                + (expertId == null ? "" : " AND r.expert.id = :expert")
                + (assignmentId == null ? "" : " AND r.assignment.id = :assignment")
                + (team.isEmpty() ? "" : " AND LOWER(r.team.name) LIKE :team")
                + (lateOnly ? " AND r.submitted.late = TRUE" : "");
    }

    String order() {
        return " ORDER BY " + ORDERS.get(orderBy) + (descending ? " DESC" : " ASC") + ", r.id";
    }
}
