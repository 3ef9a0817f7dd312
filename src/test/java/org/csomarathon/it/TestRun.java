package org.csomarathon.it;

/**
 * What makes this run's rows its own: the tests' new accounts carry the run's mark in their address,
 * so the suite runs again on the same database without cleanup and no test meets another run's people.
 */
final class TestRun {

    /** This run's mark: the moment the test JVM started, in base 36. */
    static final String MARK = Long.toString(System.currentTimeMillis(), 36);

    private TestRun() {
    }

    /** An address of this run's own, for a new account named {@code who}. */
    static String email(String who) {
        return who + "." + MARK + "@test.example";
    }
}
