package org.csomarathon.notifications;

/** PENDING: to send (kept here while no SMTP server is configured); SENT; FAILED: undeliverable after the last attempt. */
public enum OutboxState {
    PENDING, SENT, FAILED
}
