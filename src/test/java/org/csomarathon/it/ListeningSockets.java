package org.csomarathon.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The TCP ports a process listens on, read from Linux's {@code /proc} (no tool needed): which process
 * listens on a port, and every address it listens on.
 */
final class ListeningSockets {

    /** A listening socket: its address as the kernel writes it (hex), its port, its inode. */
    record Listening(String address, int port, long inode) {

        /** 127.0.0.1, ::1 or 127.0.0.1 mapped into IPv6. */
        boolean onLoopback() {
            return address.equals("0100007F") || address.equals("00000000000000000000000001000000")
                    || address.equals("0000000000000000FFFF00000100007F");
        }

        String readable() {
            return (onLoopback() ? "loopback" : address.matches("0+") ? "every interface" : address) + ":" + port;
        }
    }

    private ListeningSockets() {
    }

    /** Every address the process that listens on {@code port} listens on. */
    static List<Listening> ofProcessListeningOn(int port) throws IOException {
        List<Listening> all = all();
        long inode = all.stream().filter(l -> l.port() == port).findFirst().orElseThrow(
                () -> new AssertionError("nothing listens on " + port)).inode();
        Set<Long> own = socketsOf(processHolding(inode));
        return all.stream().filter(l -> own.contains(l.inode())).toList();
    }

    private static List<Listening> all() throws IOException {
        List<Listening> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A")) {  // LISTEN
                    String[] local = f[1].split(":");
                    found.add(new Listening(local[0], Integer.parseInt(local[1], 16), Long.parseLong(f[9])));
                }
            }
        }
        return found;
    }

    private static Path processHolding(long inode) throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (socketsOf(process).contains(inode)) {
                    return process;
                }
            }
        }
        throw new AssertionError("no readable process holds socket " + inode);
    }

    private static Set<Long> socketsOf(Path process) {
        try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
            return fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException gone) {
                    return "";
                }
            }).filter(link -> link.startsWith("socket:[")).map(link -> Long.parseLong(link.substring(8, link.length() - 1)))
                    .collect(Collectors.toSet());
        } catch (IOException | SecurityException notOurs) {
            return Set.of();
        }
    }
}
