package org.csomarathon.platform;

import java.time.Instant;

/**
 * The schedule's event, every few seconds: rooms observe it to do the work that has become due.
 * Each observer must be safe when several instances of the application tick at once.
 */
public record Tick(Instant now) {
}
