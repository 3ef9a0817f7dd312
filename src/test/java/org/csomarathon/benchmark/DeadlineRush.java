package org.csomarathon.benchmark;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.csomarathon.it.WebSession;

/**
 * The deadline rush: teams of the newest generated cohorts each open a fresh assignment, attach a
 * 1 MB PDF and hand the work in, the arrivals spread evenly over one minute; then the database is
 * asked what it holds: stored (one version with its file), lost (none), duplicated (more than one).
 */
final class DeadlineRush {

    static final int FILE_BYTES = 1 << 20;
    static final int SECONDS = 60;

    /** Latencies in milliseconds: the hand-in (upload and submit) and the whole visit (page, upload, submit). */
    record Result(int teams, long stored, long lost, long duplicated, double handInMedian, double handInP95,
                  double visitP95, double seconds, List<String> failures) {

        /** No rush was run. */
        static final Result NONE = new Result(0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    private record Team(long id, long cohortId, String member) {
    }

    private DeadlineRush() {
    }

    static Result run(Connection db, URL base, Size size, int count) throws SQLException, InterruptedException {
        List<Team> teams = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT t.id, t.cohort_id, MIN(a.email) FROM team t "
                + "JOIN cohort c ON c.id = t.cohort_id JOIN team_membership m ON m.team_id = t.id "
                + "JOIN account a ON a.id = m.account_id WHERE a.email LIKE 'bench.p%' "
                + "GROUP BY t.id, t.cohort_id, c.year, t.name ORDER BY c.year DESC, t.name LIMIT ?")) {
            p.setInt(1, count);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    teams.add(new Team(r.getLong(1), r.getLong(2), r.getString(3)));
                }
            }
        }
        Map<Long, Long> assignments = new HashMap<>();
        for (long cohort : teams.stream().map(Team::cohortId).distinct().toList()) {
            DataGenerator.execute(db, "INSERT INTO assignment (module_id, title, instructions, opens_at, due_at, cut_off_at, "
                    + "required, file_types, max_file_mb, text_allowed, links_allowed, rubric_id, created_at, version) "
                    + "SELECT m.id, 'Срочное задание', 'Сдайте отчёт файлом.', UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, "
                    + "UTC_TIMESTAMP(6) + INTERVAL 2 HOUR, UTC_TIMESTAMP(6) + INTERVAL 3 HOUR, FALSE, 'DOCX,PDF', 20, TRUE, "
                    + "TRUE, NULL, UTC_TIMESTAMP(6), 0 FROM weekly_module m WHERE m.cohort_id = ? AND m.number = ?",
                    cohort, Size.MODULES);
            assignments.put(cohort, KeyPages.number(db, "SELECT MAX(a.id) FROM assignment a JOIN weekly_module m "
                    + "ON m.id = a.module_id WHERE m.cohort_id = ? AND a.title = 'Срочное задание'", cohort));
        }
        List<WebSession> sessions = LoadRun.signIn(base, teams.stream().map(Team::member).toList());
        byte[] pdf = pdf();
        ConcurrentLinkedQueue<long[]> timings = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(32);
        long start = System.nanoTime();
        for (int i = 0; i < teams.size(); i++) {
            Team team = teams.get(i);
            WebSession member = sessions.get(i);
            String work = "participant/assignment.xhtml?id=" + assignments.get(team.cohortId());
            pool.schedule(() -> {
                try {
                    long opened = System.nanoTime();
                    WebSession.Page page = member.get(work);
                    long handIn = System.nanoTime();
                    WebSession.Page uploaded = member.ajaxUpload(work, "work", "upload", "отчёт.pdf", "application/pdf", pdf,
                            page.viewState());
                    WebSession.Page sent = member.post(work, "work", Map.of("text", "Отчёт команды.", "links", "",
                            "statement_input", "on"), "submit", page.viewState());
                    long done = System.nanoTime();
                    if (!uploaded.body().contains("добавлен в черновик") || sent.status() != 302) {
                        failures.add(team.member() + ": upload " + uploaded.status() + ", submit " + sent.status());
                    }
                    timings.add(new long[] {done - handIn, done - opened});
                } catch (RuntimeException e) {
                    failures.add(team.member() + ": " + e);
                }
            }, i * SECONDS * 1000L / teams.size(), TimeUnit.MILLISECONDS);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = LoadRun.since(start).toMillis() / 1000.0;

        Map<Long, long[]> held = new LinkedHashMap<>();
        teams.forEach(t -> held.put(t.id(), new long[2]));
        try (PreparedStatement p = db.prepareStatement("SELECT s.team_id, COUNT(DISTINCT v.id), COUNT(f.id) FROM submission s "
                + "JOIN submission_version v ON v.submission_id = s.id LEFT JOIN submission_file f ON f.version_id = v.id "
                + "WHERE s.assignment_id IN (" + String.join(",", Collections.nCopies(assignments.size(), "?")) + ") "
                + "GROUP BY s.team_id")) {
            int i = 1;
            for (long a : assignments.values()) {
                p.setLong(i++, a);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (held.containsKey(r.getLong(1))) {
                        held.put(r.getLong(1), new long[] {r.getLong(2), r.getLong(3)});
                    }
                }
            }
        }
        long stored = held.values().stream().filter(v -> v[0] == 1 && v[1] == 1).count();
        long lost = held.values().stream().filter(v -> v[0] == 0).count();
        long duplicated = held.values().stream().filter(v -> v[0] > 1).count();
        long[] handIns = timings.stream().mapToLong(t -> t[0]).sorted().toArray();
        long[] visits = timings.stream().mapToLong(t -> t[1]).sorted().toArray();
        return new Result(teams.size(), stored, lost, duplicated, percentile(handIns, 50), percentile(handIns, 95),
                percentile(visits, 95), seconds, List.copyOf(failures));
    }

    /** The value below which {@code p} per cent of the sorted nanoseconds lie, in milliseconds. */
    static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** A PDF-looking file of exactly 1 MB: the header the server checks, filler, the end marker. */
    private static byte[] pdf() {
        byte[] file = new byte[FILE_BYTES];
        Arrays.fill(file, (byte) ' ');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(tail, 0, file, file.length - tail.length, tail.length);
        return file;
    }
}
