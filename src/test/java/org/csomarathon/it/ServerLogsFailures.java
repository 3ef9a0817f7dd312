package org.csomarathon.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that makes the server fail on purpose (a database refusing a write) and expects exactly this many
 * failures in its log — or, with {@code orMore}, at least this many (the database stopped for seconds: how
 * often the schedule meets its absence depends on timing); every other test expects none ({@link NoLoggedFailures}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ServerLogsFailures {

    int value();

    boolean orMore() default false;
}
