package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csomarathon.it.WebSession.Page;

/** Reviews for integration tests: which review to open, and the form as an expert fills it. */
final class ExpertWork {

    private ExpertWork() {
    }

    /** The review of the assignment's version with this number (one team's work). */
    static long reviewOf(long assignment, int versionNumber) {
        return TestDatabase.count("SELECT r.id FROM review r JOIN submission_version v ON v.id = r.version_id "
                + "WHERE r.assignment_id = ? AND v.number = ?", assignment, versionNumber);
    }

    /** The review of the team's only version of the assignment. */
    static long reviewOfTeam(long assignment, long team) {
        return TestDatabase.count("SELECT id FROM review WHERE assignment_id = ? AND team_id = ?", assignment, team);
    }

    /** The review form as an expert fills it: a level per criterion (by position), a comment, a decision. */
    static Map<String, String> feedback(Page page, Map<Integer, String> levels, String comment, String decision) {
        Matcher seen = Pattern.compile("id=\"review:seen\"[^>]*value=\"(\\d+)\"").matcher(page.body());
        assertTrue(seen.find(), page.body());
        Map<String, String> form = new HashMap<>();
        form.put("seen", seen.group(1));
        levels.forEach((criterion, points) -> form.put("criteria:" + criterion + ":score", points));
        form.put("comment", comment);
        if (decision != null) {
            form.put("decision", decision);
        }
        return form;
    }

    /** The expert accepts the review with these levels (criterion index → level) and releases it. */
    static void accept(WebSession expert, long review, Map<Integer, String> levels) {
        String page = "expert/review.xhtml?id=" + review;
        assertEquals(302, expert.submit(page, "review", feedback(expert.get(page), levels, "Принято.", "ACCEPTED"), "release")
                .status());
    }
}
