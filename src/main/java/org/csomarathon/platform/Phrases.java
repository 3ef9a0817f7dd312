package org.csomarathon.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Several bundle keys given as one argument of a message ("missing: position; motivation"): the
 * service names them, the reader's language writes them.
 */
public record Phrases(List<String> keys) {

    public Phrases {
        keys = List.copyOf(keys);
    }

    public String in(Language language) {
        return keys.stream().map(key -> Texts.format(language, key)).collect(Collectors.joining("; "));
    }
}
