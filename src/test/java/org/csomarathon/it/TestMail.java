package org.csomarathon.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the application under test sends to: GreenMail on the loopback, on a port chosen
 * at start; it can be stopped and started again on the same port to play a mail server that is down.
 */
final class TestMail {

    private static int port;
    private static GreenMail server;

    private TestMail() {
    }

    /** Starts the server once per test JVM; returns its port. */
    static synchronized int start() {
        if (server == null) {
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            up();
        }
        return port;
    }

    /** The mail server goes down: connections are refused until {@link #up()}. */
    static synchronized void down() {
        server.stop();
    }

    /** The mail server is back, empty, on the same port. */
    static synchronized void up() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Every message received so far for this address. */
    static synchronized List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    /** Waits until at least {@code count} messages for the address have arrived (or the time is up) and returns them all. */
    static List<MimeMessage> await(String address, int count, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        List<MimeMessage> received = to(address);
        while (received.size() < count && System.nanoTime() < until) {
            Thread.sleep(100);
            received = to(address);
        }
        return received;
    }

    private static boolean sentTo(MimeMessage m, String address) {
        try {
            Address[] to = m.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
