package org.csomarathon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a person reads comes from the bundles, and both languages are complete. */
class MessageBundlesTest {

    private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:BusinessException|Feedback\\.(?:info|infoOnThisPage|error)|Texts\\.format)\\((?:[^,\"]*, )?\"([a-z][a-zA-Z0-9.]+)\"");

    @Test
    void russianAndEnglishHaveTheSameKeys() {
        assertEquals(keys(Language.RU), keys(Language.EN));
    }

    @Test
    void noTextIsEmpty() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Texts.bundle(language);
            for (String key : Collections.list(bundle.getKeys())) {
                assertTrue(!bundle.getString(key).isBlank(), language + " " + key);
            }
        }
    }

    /** MessageFormat reads a straight apostrophe as the start of a quote and would swallow the {0} after it. */
    @Test
    void noTextHasAStraightApostrophe() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Texts.bundle(language);
            for (String key : Collections.list(bundle.getKeys())) {
                assertTrue(bundle.getString(key).indexOf('\'') < 0, language + " " + key + " has ' (write ’)");
            }
        }
    }

    @Test
    void everyKeyTheViewsUseExists() throws IOException {
        Set<String> missing = missing(Path.of("src/main/webapp"), ".xhtml", VIEW_KEY);
        assertTrue(missing.isEmpty(), "keys used in views but missing from the bundles: " + missing);
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> missing = missing(Path.of("src/main/java"), ".java", JAVA_KEY);
        assertTrue(missing.isEmpty(), "keys used in Java but missing from the bundles: " + missing);
    }

    private static Set<String> missing(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> known = keys(Language.RU);
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    if (!known.contains(m.group(1)) && !m.group(1).endsWith(".")) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(found > 10, "the scan found almost no keys in " + root + ": the pattern is broken");
        return missing;
    }

    private static Set<String> keys(Language language) {
        return new TreeSet<>(Collections.list(Texts.bundle(language).getKeys()));
    }
}
