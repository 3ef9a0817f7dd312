package org.csomarathon.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static final int SECONDS = 10;

    /** A run of {@code requests} in ten seconds; p95 in milliseconds. */
    private static Wrk.Result wrk(long requests, long p95Millis) {
        return new Wrk.Result(requests, SECONDS * 1_000_000L, 0, p95Millis * 500, p95Millis * 1000, p95Millis * 1100,
                p95Millis * 1200);
    }

    private static Report.PageResult baseline(long requests, double cpuMillis) {
        return new Report.PageResult(KeyPages.BASELINE, "error/404.xhtml", wrk(requests, 40), 0, 0, 370,
                new ServerCpu.PerRequest(cpuMillis, 0), null);
    }

    private static Report.PageResult page(String name, long requests, double javaMillis, double databaseMillis,
                                          Report.PageResult before) {
        return new Report.PageResult(name, "p", wrk(requests, 100), 5, 5, 900, new ServerCpu.PerRequest(javaMillis,
                databaseMillis), before);
    }

    private static Report report(List<Report.PageResult> baselines, List<Report.PageResult> pages) {
        Report report = new Report(Size.S, 16, SECONDS, 2027);
        report.baselines.addAll(baselines);
        report.pages.addAll(pages);
        report.rush = DeadlineRush.Result.NONE;
        return report;
    }

    @Test
    void eachPageIsComparedWithTheBaselineMeasuredRightBeforeIt() {
        // The machine slowed down between the two pages: the second baseline ran at half the first's speed.
        Report.PageResult fast = baseline(5000, 4);
        Report.PageResult slow = baseline(2500, 8);
        Report.PageResult home = page("participant home", 2000, 8, 2, fast);
        Report.PageResult review = page("review", 1000, 16, 4, slow);

        assertEquals(0.40, home.shareOfBaseline(), 1e-9);
        assertEquals(0.40, review.shareOfBaseline(), 1e-9);
        assertEquals(2.5, review.cpuTimesBaseline(), 1e-9);
        assertEquals(List.of(), report(List.of(fast, slow), List.of(home, review)).checkTimes());
    }

    @Test
    void aPageBelowFortyPercentOfItsBaselineIsReportedAsMissed() {
        Report.PageResult before = baseline(5000, 4);
        Report.PageResult ranking = page("applications ranking", 1500, 10, 3, before);

        List<String> missed = report(List.of(before), List.of(ranking)).checkTimes();

        assertEquals(List.of("applications ranking: 30 % of the baseline's throughput (budget 40 %)"), missed);
    }

    @Test
    void theReportShowsEachPagesBaselineAndItsCpuPerRequest(@TempDir Path dir) throws IOException {
        Report.PageResult first = baseline(4000, 4);
        Report.PageResult second = baseline(5000, 3.5);
        Report.PageResult third = baseline(3000, 5);
        Report report = report(List.of(first, second, third), List.of(page("expert queue", 1500, 9, 1.5, first),
                page("review", 1000, 12, 3, second), page("progress matrix", 900, 14, 3, third)));

        String markdown = Files.readString(report.write(dir, Optional.empty()), StandardCharsets.UTF_8);

        assertTrue(markdown.contains("| baseline `/error/404.xhtml` | 400 | 100 % |"), "the baseline's run of median speed");
        assertTrue(markdown.contains("| review `/p` | 100 (500) | 20 % |"), markdown);
        assertTrue(markdown.contains("| 12.0 + 3.0 (4.3) |"), "CPU per request and its multiple of the baseline's");
        assertTrue(markdown.contains("this run's baselines: 300–500 req/s"), markdown);
        assertTrue(Files.readString(dir.resolve("report-S.html")).contains("budget 2.5 ×"), "the CPU chart's budget line");
    }
}
