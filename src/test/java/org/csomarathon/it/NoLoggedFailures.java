package org.csomarathon.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which the server logged a failure (an unhandled exception: {@code LoggedFailures}), so
 * that none comes back unnoticed; its stack trace is in the server's log above the test's result. A test that
 * makes the server fail on purpose says how often ({@link ServerLogsFailures}).
 */
public class NoLoggedFailures implements BeforeEachCallback, AfterEachCallback {

    private static final String BEFORE = "failures before";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(ExtensionContext.Namespace.GLOBAL).put(BEFORE, failures());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        long before = context.getStore(ExtensionContext.Namespace.GLOBAL).get(BEFORE, Long.class);
        long logged = failures() - before;
        ServerLogsFailures declared = context.getRequiredTestMethod().getAnnotation(ServerLogsFailures.class);
        int expected = declared == null ? 0 : declared.value();
        boolean orMore = declared != null && declared.orMore();
        if (orMore ? logged < expected : logged != expected) {
            throw new AssertionError("The server logged " + logged + " failure(s) during this test, " + expected
                    + (orMore ? " or more" : "") + " expected; see its log above");
        }
    }

    private static long failures() {
        URI address = OneBootPerRun.address().resolve("statements/failures");
        try {
            return Long.parseLong(HTTP.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString())
                    .body().strip());
        } catch (IOException e) {
            throw new AssertionError("Could not read " + address + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
