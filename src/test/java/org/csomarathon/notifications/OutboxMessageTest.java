package org.csomarathon.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.EmailAddress;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.Language;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2027-03-20T09:00:00Z");

    private final Account anna = new Account(new EmailAddress("anna@example.org"), "Анна", "hash", Language.RU,
            ZoneId.of("Asia/Yekaterinburg"), List.of(Role.PARTICIPANT), NOW);

    @Test
    void aNewMessageIsDueAtOnceToTheRecipientsAddressInTheirLanguage() {
        OutboxMessage m = message();
        assertEquals(OutboxState.PENDING, m.getState());
        assertEquals(NOW, m.getNextAttemptAt());
        assertEquals("anna@example.org", m.getToAddress());
        assertEquals(Language.RU, m.getLanguage());
    }

    @Test
    void eachFailedAttemptWaitsTwiceAsLongAsTheOneBefore() {
        OutboxMessage m = message();
        Duration first = Duration.ofMinutes(1);
        m.failed("Connection refused", NOW, first, 8);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), m.getNextAttemptAt());
        m.failed("Connection refused", NOW, first, 8);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), m.getNextAttemptAt());
        m.failed("Connection refused", NOW, first, 8);
        assertEquals(NOW.plus(Duration.ofMinutes(4)), m.getNextAttemptAt());
        assertEquals(OutboxState.PENDING, m.getState());
        assertEquals(3, m.getAttempts());
        assertEquals("Connection refused", m.getLastError());
    }

    @Test
    void theWaitNeverExceedsSixHours() {
        OutboxMessage m = message();
        for (int i = 0; i < 12; i++) {
            m.failed("timeout", NOW, Duration.ofMinutes(10), 50);
        }
        assertEquals(NOW.plus(Duration.ofHours(6)), m.getNextAttemptAt());
    }

    @Test
    void afterTheLastAttemptTheMessageIsUndeliverableUntilSomeoneRetriesIt() {
        OutboxMessage m = message();
        for (int i = 0; i < 3; i++) {
            m.failed("550 mailbox unavailable", NOW, Duration.ofSeconds(1), 3);
        }
        assertEquals(OutboxState.FAILED, m.getState());
        m.retry(NOW.plusSeconds(60));
        assertEquals(OutboxState.PENDING, m.getState());
        assertEquals(0, m.getAttempts());
        assertEquals(NOW.plusSeconds(60), m.getNextAttemptAt());
    }

    @Test
    void aLongErrorIsKeptShort() {
        OutboxMessage m = message();
        m.failed("x".repeat(5000), NOW, Duration.ofSeconds(1), 3);
        assertEquals(1000, m.getLastError().length());
    }

    @Test
    void theMailsHtmlEscapesWhatPeopleTyped() {
        MailText text = new MailText(Language.EN, "<b>Anna</b>", "Your work \"<script>\" & more", "https://x.example/a?b=1&c=2",
                "https://x.example/prefs");
        String html = text.html();
        assertTrue(html.contains("&lt;b&gt;Anna&lt;/b&gt;") && html.contains("&quot;&lt;script&gt;&quot; &amp; more")
                && html.contains("href=\"https://x.example/a?b=1&amp;c=2\""), html);
        assertTrue(text.plain().startsWith("Hello <b>Anna</b>,\n\nYour work"), text.plain());
    }

    private OutboxMessage message() {
        return new OutboxMessage(MessageKind.SUBMISSION_RECEIPT, anna, "Версия 1 получена", "text", "<p>html</p>", NOW);
    }
}
