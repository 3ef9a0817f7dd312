package org.csomarathon.benchmark;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.csomarathon.it.WebSession;

/**
 * The pages the load run drives, each with its virtual users' sessions and addresses: the baseline
 * (the simplest page Marathon serves: the layout every page has, around one sentence and a link, no
 * SQL — the not-found page) and the key pages of quality.md, all on the newest generated cohort.
 */
record KeyPages(List<Target> targets) {

    static final String BASELINE = "baseline";

    /** A page: per virtual user a line "path session", and one session to count the page's statements with. */
    record Target(String name, int users, List<String> lines, WebSession probe, String samplePath) {

        long statementsFor(String path) {
            probe.get(path);
            int status = probe.get(path).status();
            if (status != 200) {
                throw new IllegalStateException(name + " " + path + " answered " + status);
            }
            return Long.parseLong(probe.get("statements/last").body().strip());
        }

        /** The kilobytes the server allocates for one request of the page (the median of five; the JIT is warm). */
        long allocatedKbFor(String path) {
            long[] kb = new long[5];
            for (int i = 0; i < kb.length; i++) {
                probe.get(path);
                kb[i] = Long.parseLong(probe.get("statements/allocated").body().strip()) / 1024;
            }
            java.util.Arrays.sort(kb);
            return kb[kb.length / 2];
        }
    }

    static KeyPages prepare(Connection db, URL base, Size size, int users) throws SQLException, InterruptedException {
        int firstParticipant = (size.cohorts - 1) * size.participantsPerCohort() + 1;
        long cohort = number(db, "SELECT t.cohort_id FROM team t JOIN team_membership m ON m.team_id = t.id "
                + "JOIN account a ON a.id = m.account_id WHERE a.email = ?", DataGenerator.participant(firstParticipant));
        List<String> participantEmails = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            participantEmails.add(DataGenerator.participant(firstParticipant + i % size.participantsPerCohort()));
        }
        // Experts with work waiting in the cohort (an expert may have no team there), each signed in once per user.
        List<String> busyExperts = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT DISTINCT e.email FROM review r JOIN account e ON e.id = r.expert_id "
                + "JOIN team t ON t.id = r.team_id WHERE t.cohort_id = ? AND r.state = 'WAITING' ORDER BY e.email")) {
            p.setLong(1, cohort);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    busyExperts.add(r.getString(1));
                }
            }
        }
        List<String> expertEmails = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            expertEmails.add(busyExperts.get(i % busyExperts.size()));
        }
        List<String> coordinatorEmails = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            coordinatorEmails.add("coordinator@example.org");
        }
        List<WebSession> participants = LoadRun.signIn(base, participantEmails);
        List<WebSession> experts = LoadRun.signIn(base, expertEmails);
        List<WebSession> coordinators = LoadRun.signIn(base, coordinatorEmails);
        long assignment = number(db, "SELECT a.id FROM assignment a JOIN weekly_module m ON m.id = a.module_id "
                + "WHERE m.cohort_id = ? AND m.number = " + Size.MODULES + " ORDER BY a.id LIMIT 1", cohort);
        List<String> reviews = new ArrayList<>();
        for (String email : expertEmails) {
            reviews.add("/expert/review.xhtml?id=" + number(db, "SELECT MAX(r.id) FROM review r JOIN account e ON e.id = r.expert_id "
                    + "JOIN team t ON t.id = r.team_id WHERE e.email = ? AND t.cohort_id = ? AND r.state = 'WAITING'", email, cohort));
        }
        return new KeyPages(List.of(
                target(BASELINE, participants, i -> "/error/404.xhtml"),
                target("participant home", participants, i -> "/participant/index.xhtml"),
                target("team assignment", participants, i -> "/participant/assignment.xhtml?id=" + assignment),
                target("expert queue", experts, i -> "/expert/queue.xhtml"),
                target("review", experts, reviews::get),
                target("progress matrix", coordinators, i -> "/coordinator/progress.xhtml?cohort=" + cohort),
                target("applications ranking", coordinators, i -> "/coordinator/selection.xhtml?cohort=" + cohort)));
    }

    private static Target target(String name, List<WebSession> sessions, IntFunction<String> path) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            lines.add(path.apply(i) + " " + sessions.get(i).sessionId().orElseThrow());
        }
        return new Target(name, sessions.size(), lines, sessions.get(0), path.apply(0).substring(1));
    }

    static long number(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("Nothing found: " + sql);
                }
                return r.getLong(1);
            }
        }
    }
}
