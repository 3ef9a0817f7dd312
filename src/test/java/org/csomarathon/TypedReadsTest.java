package org.csomarathon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Query results come back as records ({@code SELECT NEW}, or a constructor result for native SQL), read
 * by name — never as {@code Object[]} rows read by position and cast. A query asked for
 * {@code Object[].class}, or rows cast to {@code Object[]}, fails here.
 */
class TypedReadsTest {

    @Test
    void noQueryIsReadAsObjectArrays() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> found = sources.filter(p -> p.toString().endsWith(".java")).flatMap(TypedReadsTest::lines)
                    .filter(line -> line.contains("Object[].class") || line.contains("(Object[])"))
                    .toList();
            assertEquals(List.of(), found);
        }
    }

    private static Stream<String> lines(Path source) {
        try {
            List<String> all = Files.readAllLines(source);
            return IntStream.range(0, all.size())
                    .mapToObj(i -> source.getFileName() + ":" + (i + 1) + ": " + all.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
