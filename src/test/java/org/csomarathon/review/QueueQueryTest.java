package org.csomarathon.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A queue's order and filters become JPQL only from fixed pieces. */
class QueueQueryTest {

    @Test
    void anOrderNotOnTheListFallsBackToTheSubmissionTime() {
        assertEquals(" ORDER BY r.createdAt ASC, r.id", new QueueQuery(1L, null, "", false, null, false).order());
        assertEquals(" ORDER BY r.createdAt DESC, r.id",
                new QueueQuery(1L, null, "", false, "r.id; DELETE FROM review", true).order());
        assertEquals(" ORDER BY t.name ASC, r.id", new QueueQuery(1L, null, "", false, "team", false).order());
    }

    @Test
    void onlyTheFiltersAskedForNarrowTheQueue() {
        String all = new QueueQuery(null, null, "  ", false, null, false).where();
        assertFalse(all.contains(":expert") || all.contains(":team") || all.contains("late"), all);
        String narrow = new QueueQuery(7L, 3L, "Маяк", true, null, false).where();
        assertTrue(narrow.contains(":expert") && narrow.contains(":assignment") && narrow.contains(":team")
                && narrow.contains("late = TRUE"), narrow);
    }
}
