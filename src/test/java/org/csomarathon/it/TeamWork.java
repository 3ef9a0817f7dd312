package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csomarathon.it.WebSession.Page;
import org.jsoup.nodes.Element;

/** Assignments and team work for integration tests, through the same pages people use. */
final class TeamWork {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private TeamWork() {
    }

    /** A new assignment of the module, set by the coordinator; its title is made unique. */
    static long assignment(WebSession coordinator, long module, String title, LocalDateTime opens, LocalDateTime due,
                           LocalDateTime cutOff, int maxMb) {
        String unique = title + " " + System.nanoTime();
        Page saved = coordinator.submitMany("coordinator/assignment.xhtml?module=" + module, "assignment",
                assignmentForm(unique, opens, due, cutOff, maxMb), "save");
        assertEquals(302, saved.status(), saved.body());
        return TestDatabase.count("SELECT id FROM assignment WHERE title = ?", unique);
    }

    static Map<String, List<String>> assignmentForm(String title, LocalDateTime opens, LocalDateTime due,
                                                   LocalDateTime cutOff, int maxMb) {
        Map<String, List<String>> form = new HashMap<>();
        form.put("title", List.of(title));
        form.put("instructions", List.of("Опишите **главное**."));
        form.put("opensAt", List.of(opens.format(FORM_TIME)));
        form.put("dueAt", List.of(due.format(FORM_TIME)));
        form.put("cutOffAt", List.of(cutOff.format(FORM_TIME)));
        form.put("required_input", List.of("on"));
        form.put("text_input", List.of("on"));
        form.put("links_input", List.of("on"));
        form.put("types", List.of("PDF", "DOCX"));
        form.put("maxMb", List.of(String.valueOf(maxMb)));
        form.put("rubric_input", List.of(""));
        return form;
    }

    /** The work form's fields with the statement confirmed. */
    static Map<String, String> statementAnd(String text, String links) {
        Map<String, String> form = new HashMap<>();
        form.put("text", text);
        form.put("links", links);
        form.put("statement_input", "on");
        return form;
    }

    /** Submits a text answer; returns the receipt's path. */
    static String submit(WebSession member, long assignment, String text) {
        Page sent = member.submit("participant/assignment.xhtml?id=" + assignment, "work", statementAnd(text, ""), "submit");
        assertEquals(302, sent.status(), sent.body());
        return sent.location().orElseThrow().replaceFirst("^.*?/marathon/", "");
    }

    /** The work form as a browser sends it from this page: its fields plus the draft revision the page shows. */
    static Map<String, String> asSentFrom(Page page, Map<String, String> fields) {
        Matcher revision = Pattern.compile("id=\"work:revision\"[^>]*value=\"(\\d+)\"").matcher(page.body());
        if (!revision.find()) {
            throw new AssertionError("No draft revision on the page:\n" + page.body());
        }
        Map<String, String> form = new HashMap<>(fields);
        form.put("revision", revision.group(1));
        return form;
    }

    /** A moment in the demo cohort's zone (Moscow), to the minute, as the coordinator's form takes it. */
    static LocalDateTime hoursFromNow(int hours) {
        return LocalDateTime.now(TestClock.clock().withZone(MOSCOW)).plusHours(hours).withSecond(0).withNano(0);
    }

    static long accountId(String email) {
        return TestDatabase.count("SELECT id FROM account WHERE email = ?", email);
    }

    /** The assignment's row on a team's page (its title, without the module and the "required" mark). */
    static Element row(Page teamPage, long assignment) {
        String title = TestDatabase.text("SELECT title FROM assignment WHERE id = ?", assignment);
        List<Element> rows = teamPage.html().select("tbody tr").stream()
                .filter(tr -> {
                    Element cell = tr.child(0).clone();
                    cell.select(".row__meta").remove();
                    return cell.text().equals(title);
                }).toList();
        assertEquals(1, rows.size(), "one row for " + title);
        return rows.get(0);
    }
}
