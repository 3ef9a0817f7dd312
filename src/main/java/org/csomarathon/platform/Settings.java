package org.csomarathon.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The run-time settings, from MicroProfile Config: system properties, then environment
 * variables (MARATHON_FILES_DIR for marathon.files.dir, and so on), then the defaults in
 * META-INF/microprofile-config.properties.
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "marathon.files.dir")
    String filesDirectory;

    @Inject
    @ConfigProperty(name = "marathon.base-url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "marathon.mail.host")
    Optional<String> mailHost;

    @Inject
    @ConfigProperty(name = "marathon.mail.port", defaultValue = "587")
    int mailPort;

    @Inject
    @ConfigProperty(name = "marathon.mail.from")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "marathon.mail.user")
    Optional<String> mailUser;

    @Inject
    @ConfigProperty(name = "marathon.mail.password")
    Optional<String> mailPassword;

    @Inject
    @ConfigProperty(name = "marathon.mail.retry-seconds", defaultValue = "60")
    int mailRetrySeconds;

    @Inject
    @ConfigProperty(name = "marathon.mail.max-attempts", defaultValue = "8")
    int mailMaxAttempts;

    @Inject
    @ConfigProperty(name = "marathon.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "marathon.schedule.seconds", defaultValue = "30")
    int scheduleSeconds;

    @Inject
    @ConfigProperty(name = "marathon.retention.days", defaultValue = "400")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "marathon.count-statements", defaultValue = "false")
    boolean countStatements;

    @Inject
    @ConfigProperty(name = "marathon.clock")
    Optional<String> clock;

    @Inject
    @ConfigProperty(name = "marathon.certificate.signatory", defaultValue = "Ирина Волкова")
    String certificateSignatory;

    /** What moves the application's clock ({@link ClockSetting}); empty in production. */
    public Optional<String> clock() {
        return clock.filter(c -> !c.isBlank());
    }

    /** The database URL without any password that may have been written into it. */
    public String databaseUrl() {
        return databaseUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public Path filesDirectory() {
        return Path.of(filesDirectory);
    }

    public boolean filesDirectoryWritable() {
        Path dir = filesDirectory();
        return Files.isDirectory(dir) && Files.isWritable(dir);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Who signs certificates for the agency (their position is in the bundles). */
    public String certificateSignatory() {
        return certificateSignatory;
    }

    public Optional<String> mailHost() {
        return mailHost.filter(h -> !h.isBlank());
    }

    public int mailPort() {
        return mailPort;
    }

    public String mailFrom() {
        return mailFrom;
    }

    /** How often scheduled work (held feedback, mail, reminders) looks for what has become due. */
    public int scheduleSeconds() {
        return Math.max(1, scheduleSeconds);
    }

    /**
     * How long what is needed only for a while is kept (the texts of mail sent, delivery attempts, the keys of
     * reminders sent): longer than a cohort's year, so that nothing of the running year is sent twice.
     */
    public Duration retention() {
        return Duration.ofDays(Math.max(1, retentionDays));
    }

    /** The SMTP user, when the server asks for one. */
    public Optional<String> mailUser() {
        return mailUser.filter(u -> !u.isBlank());
    }

    public Optional<String> mailPassword() {
        return mailPassword;
    }

    /** The wait after a first failed delivery; each further one waits twice as long. */
    public int mailRetrySeconds() {
        return Math.max(1, mailRetrySeconds);
    }

    /** Attempts before a message is given up as undeliverable. */
    public int mailMaxAttempts() {
        return Math.max(1, mailMaxAttempts);
    }

    /** Whether each request's SQL statements are counted (tests and the benchmark). */
    public boolean countStatements() {
        return countStatements;
    }

    public boolean demoData() {
        return demoData;
    }
}
