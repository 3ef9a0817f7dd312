package org.csomarathon.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** What a load run measured, the budgets it checks, and how it is written: Markdown, an HTML chart, the statement counts. */
final class Report {

    /**
     * A page's run: wrk's figures, the statements one request sends (JDBC counter) and per request under load (MariaDB),
     * the kilobytes the server allocates for one request (work that does not drift with a busy machine), the server's
     * CPU per request, and the baseline's run right before it (null for a run of the baseline).
     */
    record PageResult(String name, String path, Wrk.Result wrk, long statements, double questionsPerRequest, long allocatedKb,
                      ServerCpu.PerRequest cpu, PageResult baseline) {

        /** Throughput as a share of the baseline measured next to it. */
        double shareOfBaseline() {
            return wrk.requestsPerSecond() / baseline.wrk.requestsPerSecond();
        }

        /** The server's CPU for one request of the page, as a multiple of one of the baseline's. */
        double cpuTimesBaseline() {
            return cpu.totalMillis() / baseline.cpu.totalMillis();
        }
    }

    final Size size;
    final int users;
    final int seconds;
    final long seed;
    double startSeconds;
    double generateSeconds;
    Map<String, Long> generated = Map.of();
    /** The baseline's runs, one before each key page. */
    final List<PageResult> baselines = new ArrayList<>();
    /** The key pages' runs, each with the baseline's run before it. */
    final List<PageResult> pages = new ArrayList<>();
    DeadlineRush.Result rush;
    private long heapUsedMb = -1;
    private long heapMaxMb = -1;

    Report(Size size, int users, int seconds, long seed) {
        this.size = size;
        this.users = users;
        this.seconds = seconds;
        this.seed = seed;
    }

    void heap(long[] usedAndMax) {
        heapUsedMb = Math.max(heapUsedMb, usedAndMax[0]);
        heapMaxMb = usedAndMax[1];
    }

    /** The baseline's run of median throughput, for the report's first row. */
    private PageResult typicalBaseline() {
        List<PageResult> sorted = baselines.stream()
                .sorted(Comparator.comparingDouble(b -> b.wrk().requestsPerSecond())).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Every budget missed, in words; {@code small} is the statement count per page at size S, when known. */
    List<String> check(Optional<Map<String, Long>> small) {
        List<String> missed = new ArrayList<>(checkCounts(small));
        missed.addAll(checkTimes());
        return missed;
    }

    /** The budgets that do not drift with a noisy machine: statements, errors, nothing lost or duplicated. */
    List<String> checkCounts(Optional<Map<String, Long>> small) {
        List<String> missed = new ArrayList<>();
        for (PageResult p : Stream.concat(baselines.stream(), pages.stream()).toList()) {
            if (p.wrk().errors() > 0) {
                missed.add(p.name() + ": " + p.wrk().errors() + " errors");
            }
        }
        for (PageResult p : pages) {
            if (p.statements() > LoadRun.MAX_STATEMENTS) {
                missed.add(p.name() + ": " + p.statements() + " SQL statements per request (budget " + LoadRun.MAX_STATEMENTS + ")");
            }
            small.map(s -> s.get(p.name())).filter(s -> s != p.statements()).ifPresent(s -> missed.add(p.name() + ": "
                    + p.statements() + " SQL statements at " + size + ", " + s + " at S"));
        }
        if (rush.stored() != rush.teams() || rush.lost() > 0 || rush.duplicated() > 0) {
            missed.add("deadline rush: " + rush.stored() + " of " + rush.teams() + " stored, " + rush.lost() + " lost, "
                    + rush.duplicated() + " duplicated");
        }
        return missed;
    }

    /** The budgets of time: throughput against the baseline, p95 of every key page and of the rush. */
    List<String> checkTimes() {
        List<String> missed = new ArrayList<>();
        for (PageResult p : pages) {
            if (p.shareOfBaseline() < LoadRun.MIN_SHARE_OF_BASELINE) {
                missed.add(String.format(Locale.ROOT, "%s: %.0f %% of the baseline's throughput (budget %.0f %%)", p.name(),
                        100 * p.shareOfBaseline(), 100 * LoadRun.MIN_SHARE_OF_BASELINE));
            }
            if (p.wrk().p95Millis() > LoadRun.MAX_P95_MILLIS) {
                missed.add(String.format(Locale.ROOT, "%s: p95 %.1f ms (budget %d ms)", p.name(), p.wrk().p95Millis(),
                        LoadRun.MAX_P95_MILLIS));
            }
        }
        if (rush.handInP95() > LoadRun.MAX_RUSH_P95_MILLIS) {
            missed.add(String.format(Locale.ROOT, "deadline rush: p95 %.0f ms (budget %d ms)", rush.handInP95(),
                    LoadRun.MAX_RUSH_P95_MILLIS));
        }
        return missed;
    }

    /** Writes report-SIZE.md, report-SIZE.html and statements-SIZE.txt into {@code dir}; the Markdown's path. */
    Path write(Path dir, Optional<Map<String, Long>> small) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark, size ").append(size).append("\n\n");
        md.append(String.format(Locale.ROOT, "Run on %s: %d concurrent signed-in users per page (a session each), "
                + "%d s per page after a %d s warm-up of every page, seed %d, wrk %s. Marathon with `-Xmx512m`, started in %.1f s; "
                + "heap at most %d MB used of %d MB during the run.%n%n", LocalDate.now(ZoneOffset.UTC), users, seconds, LoadRun.WARM_UP_SECONDS, seed,
                "(Debian)", startSeconds, heapUsedMb, heapMaxMb));
        md.append(String.format(Locale.ROOT, "Data generated in %.1f s: ", generateSeconds));
        List<String> counts = new ArrayList<>();
        generated.forEach((table, n) -> counts.add(String.format(Locale.ROOT, "%s %,d", table, n)));
        md.append(String.join(", ", counts)).append(" (the demo's rows included).\n\n");
        md.append("| Page | Requests/s (baseline before it) | Share of baseline | Median ms | p95 ms | Errors | SQL per request "
                + "| SQL at S | MariaDB statements per request | KB allocated per request (× baseline) "
                + "| CPU ms per request, Java + MariaDB (× baseline) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        PageResult typical = typicalBaseline();
        md.append(String.format(Locale.ROOT, "| %s `/%s` | %.0f | 100 %% | %.1f | %.1f | %d | — | — | %.2f | %d (1.0) | %s (1.0) |%n",
                typical.name(), typical.path(), typical.wrk().requestsPerSecond(), typical.wrk().medianMillis(),
                typical.wrk().p95Millis(), typical.wrk().errors(), typical.questionsPerRequest(), typical.allocatedKb(),
                cpu(typical.cpu())));
        for (PageResult p : pages) {
            md.append(String.format(Locale.ROOT, "| %s `/%s` | %.0f (%.0f) | %.0f %% | %.1f | %.1f | %d | %d | %s | %.2f | %d (%.1f) "
                            + "| %s (%.1f) |%n", p.name(), p.path(), p.wrk().requestsPerSecond(),
                    p.baseline().wrk().requestsPerSecond(), 100 * p.shareOfBaseline(), p.wrk().medianMillis(),
                    p.wrk().p95Millis(), p.wrk().errors(), p.statements(),
                    small.map(s -> String.valueOf(s.getOrDefault(p.name(), -1L))).orElse(size == Size.S
                            ? String.valueOf(p.statements()) : "—"), p.questionsPerRequest(), p.allocatedKb(),
                    (double) p.allocatedKb() / Math.max(1, p.baseline().allocatedKb()), cpu(p.cpu()), p.cpuTimesBaseline()));
        }
        DoubleSummaryStatistics baselineSpeeds = baselines.stream().mapToDouble(b -> b.wrk().requestsPerSecond()).summaryStatistics();
        md.append("\nThe baseline is the simplest page Marathon serves — the layout every page has around one sentence and a ")
                .append("link, no SQL (the not-found page, requested directly). It is measured again right before each key ")
                .append("page, and each page's share is of that run (the row above shows the run of median throughput; ")
                .append(String.format(Locale.ROOT, "this run's baselines: %.0f–%.0f req/s). ", baselineSpeeds.getMin(),
                        baselineSpeeds.getMax()))
                .append("SQL per request is counted by the server's JDBC counter for one request of the page; MariaDB's ")
                .append("`Questions` per request also holds transaction commands and the schedule's background work during ")
                .append("the run. CPU per request is the time Marathon's JVM (with its garbage collector) and MariaDB spent ")
                .append("on the CPUs during the page's run, divided by its requests: the page's cost to the machine.\n\n");
        md.append(String.format(Locale.ROOT, "**Deadline rush**: %d teams, each opening a new assignment, attaching a 1 MB "
                        + "PDF and handing the work in, arrivals spread over %d s (took %.1f s): %d stored, %d lost, %d "
                        + "duplicated; hand-in (upload + submit) median %.0f ms, p95 %.0f ms; whole visit p95 %.0f ms.%n",
                rush.teams(), DeadlineRush.SECONDS, rush.seconds(), rush.stored(), rush.lost(), rush.duplicated(),
                rush.handInMedian(), rush.handInP95(), rush.visitP95()));
        rush.failures().stream().limit(10).forEach(f -> md.append("- ").append(f).append('\n'));
        List<String> missed = check(small);
        md.append("\n**Budgets** (≤ ").append(LoadRun.MAX_STATEMENTS).append(" SQL statements per request and the same ")
                .append("as at S, ≥ 40 % of the baseline's throughput, p95 ≤ 150 ms, no errors; the rush lossless with p95 ≤ 1 s): ")
                .append(missed.isEmpty() ? "all met.\n" : "missed —\n");
        missed.forEach(m -> md.append("- ").append(m).append('\n'));
        md.append("\nChart: `report-").append(size).append(".html`.\n");
        Path markdown = dir.resolve("report-" + size + ".md");
        Files.writeString(markdown, md, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report-" + size + ".html"), chart(), StandardCharsets.UTF_8);
        StringBuilder statements = new StringBuilder();
        pages.forEach(p -> statements.append(p.name()).append('=').append(p.statements()).append('\n'));
        Files.writeString(dir.resolve("statements-" + size + ".txt"), statements, StandardCharsets.UTF_8);
        return markdown;
    }

    /**
     * Bar charts as inline SVG: throughput as a share of the baseline (line at 40 %), p95 (line at 150 ms), the server's
     * CPU per request against the baseline's (line at 2.5 ×).
     */
    private String chart() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Benchmark "
                + size + "</title><style>body{font:14px sans-serif;margin:2rem}text{font:12px sans-serif}</style></head><body>");
        html.append("<h1>Benchmark, size ").append(size).append("</h1>");
        html.append(bars("Throughput, % of the baseline", p -> 100 * p.shareOfBaseline(), 100 * LoadRun.MIN_SHARE_OF_BASELINE,
                Math.max(100, pages.stream().mapToDouble(p -> 100 * p.shareOfBaseline()).max().orElse(100)), "%"));
        html.append(bars("p95 latency, ms", p -> p.wrk().p95Millis(), LoadRun.MAX_P95_MILLIS,
                Math.max(LoadRun.MAX_P95_MILLIS * 1.2, pages.stream().mapToDouble(p -> p.wrk().p95Millis()).max().orElse(0)),
                "ms"));
        // A page at 40 % of the baseline's throughput may cost the machine at most 2.5 times what the baseline costs.
        html.append(bars("Server CPU per request (Java + MariaDB), times the baseline's", PageResult::cpuTimesBaseline,
                1 / LoadRun.MIN_SHARE_OF_BASELINE, Math.max(3, pages.stream().mapToDouble(PageResult::cpuTimesBaseline).max()
                        .orElse(3)), "×"));
        return html.append("</body></html>").toString();
    }

    private String bars(String title, java.util.function.ToDoubleFunction<PageResult> value, double budget, double scale,
                        String unit) {
        int width = 760;
        int left = 170;
        int row = 28;
        int height = row * pages.size() + 30;
        StringBuilder svg = new StringBuilder("<h2>").append(title).append("</h2><svg width=\"").append(width)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"").append(title).append("\">");
        double plot = width - left - 60;
        for (int i = 0; i < pages.size(); i++) {
            PageResult p = pages.get(i);
            double v = value.applyAsDouble(p);
            int y = i * row + 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", left - 8, y + 16,
                    p.name()));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"#1f5fa8\"/>",
                    left, y, plot * v / scale));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s %s</text>", left + plot * v / scale + 4,
                    y + 16, figure(v), unit));
        }
        double x = left + plot * budget / scale;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c0392b\" "
                + "stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%d\" fill=\"#c0392b\">budget %s %s</text>", x, x,
                height - 14, x + 4, height - 2, figure(budget), unit));
        return svg.append("</svg>").toString();
    }

    /** Whole numbers as such, small ones (multiples) with a decimal. */
    private static String figure(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.1f" : "%.0f", v);
    }

    /** The statement counts a run wrote (page=count per line), if the file is there. */
    static Optional<Map<String, Long>> readStatements(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                counts.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).strip()));
            }
        }
        return Optional.of(counts);
    }

    /** "Java + MariaDB" in milliseconds, MariaDB's left out when not known (an external database). */
    private static String cpu(ServerCpu.PerRequest cpu) {
        return Double.isNaN(cpu.databaseMillis()) ? String.format(Locale.ROOT, "%.1f", cpu.javaMillis())
                : String.format(Locale.ROOT, "%.1f + %.1f", cpu.javaMillis(), cpu.databaseMillis());
    }
}
