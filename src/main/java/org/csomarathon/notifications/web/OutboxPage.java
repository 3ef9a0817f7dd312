package org.csomarathon.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.csomarathon.notifications.Outbox;
import org.csomarathon.notifications.OutboxMessage;
import org.csomarathon.notifications.OutboxState;
import org.csomarathon.platform.Settings;
import org.csomarathon.platform.web.PageMessages;

/**
 * The administrators' outbox ({@code admin/outbox.xhtml?state=}): the newest messages with their
 * state, attempts and last error; with no SMTP server configured, the mail kept here to read.
 * "Send now" runs the sender at once, beside the schedule's. Coordinators see the undeliverable
 * ones ({@code coordinator/undeliverable.xhtml}) and can send them again.
 */
@Named
@RequestScoped
public class OutboxPage {

    static final int SHOWN = 200;

    @Inject
    Outbox outbox;

    @Inject
    Settings settings;

    private OutboxState state;
    private List<OutboxMessage> messages;

    public String sendNow() {
        PageMessages.info("outbox.sentNow", outbox.sendDue());
        return "/admin/outbox.xhtml?faces-redirect=true";
    }

    /** Sends an undeliverable message again; the page shows what is left. */
    public void retry(long messageId) {
        outbox.retry(messageId);
        messages = null;
        PageMessages.infoOnThisPage("outbox.retried");
    }

    /** The coordinators' list: what could not be delivered after the last attempt. */
    public List<OutboxMessage> getUndeliverable() {
        return outbox.newest(OutboxState.FAILED, SHOWN);
    }

    public List<OutboxMessage> getMessages() {
        if (messages == null) {
            messages = outbox.newest(state, SHOWN);
        }
        return messages;
    }

    public Map<OutboxState, Long> getCounts() {
        return outbox.counts();
    }

    public boolean isMailConfigured() {
        return settings.mailHost().isPresent();
    }

    public OutboxState[] getStates() {
        return OutboxState.values();
    }

    public OutboxState getState() {
        return state;
    }

    public void setState(OutboxState state) {
        this.state = state;
    }

    public int getShown() {
        return SHOWN;
    }
}
