package org.csomarathon.platform;

import java.time.ZoneId;
import java.util.List;

/**
 * A form refused because of its fields, every wrong field at once, each with its own sentence;
 * nothing of the form was kept. Pages show each sentence next to its field and all of them in the
 * summary, and keep what was typed.
 */
public class FieldProblems extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** One field's problem: the field's id in its form, the message key and its arguments. */
    public record Problem(String field, String key, Object... arguments) {

        public String message(Language language, ZoneId zone) {
            return Texts.format(language, zone, key, arguments);
        }
    }

    private final transient List<Problem> problems;

    public FieldProblems(List<Problem> problems) {
        super("form.problems", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
