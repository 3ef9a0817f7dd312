package org.csomarathon.platform.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How Marathon starts on Payara Micro: one instance, no clustering or phoning home, on the
 * loopback interface, with the command files and logging of payara-config/. Shared by the run
 * command and the integration tests so both start the server the same way.
 */
public final class PayaraMicro {

    private PayaraMicro() {
    }

    /**
     * The {@code java} arguments after the JVM options: the jar and Payara Micro's own options,
     * with the pre-boot commands written by {@link #loopbackPreBootCommands} into {@code workDir}.
     * No {@code --rootdir}: Payara Micro would remember the deployment and deploy it twice.
     */
    public static List<String> arguments(Path microJar, Path war, Path payaraConfig, Path workDir, int port)
            throws IOException {
        return List.of(
                "-jar", microJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nocluster",
                "--interfaces", "127.0.0.1",
                "--disablephonehome",
                "--prebootcommandfile", loopbackPreBootCommands(payaraConfig, workDir).toString(),
                "--logproperties", payaraConfig.resolve("logging.properties").toString());
    }

    /**
     * payara-config's pre-boot commands plus one that binds HTTP to the loopback interface only,
     * written into {@code directory}: on a developer's machine and in tests nothing listens
     * beyond 127.0.0.1.
     */
    public static Path loopbackPreBootCommands(Path payaraConfig, Path directory) throws IOException {
        Path preBoot = Files.createDirectories(directory).resolve("pre-boot-commands.asadmin");
        Files.writeString(preBoot, Files.readString(payaraConfig.resolve("pre-boot-commands.asadmin"))
                + "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener"
                + ".address=127.0.0.1\n");
        return preBoot;
    }
}
