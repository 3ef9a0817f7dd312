package org.csomarathon.benchmark;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's wrk, driven with one connection and one thread per virtual user; each thread takes its
 * own line of a targets file (path and session cookie), so every user is a signed-in session of
 * their own. A Lua {@code done} hook prints the figures wrk's own summary lacks (p95).
 */
final class Wrk {

    private static final String SCRIPT = """
            local count = 0
            function setup(thread)
              thread:set("index", count)
              count = count + 1
            end
            function init(args)
              local lines = {}
              for line in io.lines(args[1]) do lines[#lines + 1] = line end
              local path, cookie = lines[(index % #lines) + 1]:match("^(%S+)%s+(%S+)$")
              req = wrk.format("GET", path, { ["Cookie"] = "JSESSIONID=" .. cookie })
            end
            function request()
              return req
            end
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("RESULT %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
                e.connect + e.read + e.write + e.timeout + e.status, latency:percentile(50), latency:percentile(95),
                latency:percentile(99), latency.max))
            end
            """;

    private static final Pattern RESULT = Pattern.compile("RESULT (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)");

    /** Requests, the run's length and latencies in microseconds, errors (socket errors and answers of 400 and above). */
    record Result(long requests, long durationMicros, long errors, long medianMicros, long p95Micros, long p99Micros,
                  long maxMicros) {

        double requestsPerSecond() {
            return requests * 1e6 / durationMicros;
        }

        double medianMillis() {
            return medianMicros / 1000.0;
        }

        double p95Millis() {
            return p95Micros / 1000.0;
        }
    }

    private final Path binary;
    private final Path script;

    private Wrk(Path binary, Path script) {
        this.binary = binary;
        this.script = script;
    }

    /** Debian's wrk on the PATH; refused with the command that installs it. */
    static Wrk find(Path workDir) throws IOException {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .map(dir -> Path.of(dir, "wrk")).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk");
        }
        Path script = workDir.resolve("marathon.lua");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        return new Wrk(found.get(), script);
    }

    Result run(URL base, Path targets, int users, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-t" + users, "-c" + users, "-d" + seconds + "s",
                "--timeout", "10s", "-s", script.toString(), base.toString(), "--", targets.toString()));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Matcher m = RESULT.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("wrk gave no result:\n" + output);
        }
        return new Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)), Long.parseLong(m.group(7)));
    }
}
