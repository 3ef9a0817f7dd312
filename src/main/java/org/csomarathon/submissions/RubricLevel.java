package org.csomarathon.submissions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;

/** A level of a criterion: its points and what work at that level looks like. */
@Embeddable
public class RubricLevel {

    public static final int DESCRIPTION_MAX = 300;
    public static final int MAX_POINTS = 100;
    public static final int MAX_LEVELS = 6;

    /** "2 — fully covered", "2 - …", "2: …" or "2 …". */
    private static final Pattern LINE = Pattern.compile("(\\d{1,3})\\s*[—–:.-]?\\s*(.+)");

    @Column(name = "points", nullable = false)
    private int points;

    @TextLimit(DESCRIPTION_MAX)
    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    protected RubricLevel() {
    }

    public RubricLevel(int points, String description) {
        this.points = points;
        this.description = description;
    }

    /** Levels typed one per line, each starting with its points; refused with the line that is wrong. */
    public static List<RubricLevel> parse(String lines) {
        List<RubricLevel> levels = new ArrayList<>();
        for (String raw : (lines == null ? "" : lines).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new BusinessException("rubric.level.format", line);
            }
            int points = Integer.parseInt(m.group(1));
            String description = m.group(2).strip();
            if (points > MAX_POINTS) {
                throw new BusinessException("rubric.level.points", MAX_POINTS);
            }
            if (TextLength.exceeds(description, DESCRIPTION_MAX)) {
                throw new BusinessException("rubric.level.long", DESCRIPTION_MAX);
            }
            if (levels.stream().anyMatch(l -> l.points == points)) {
                throw new BusinessException("rubric.level.duplicate", points);
            }
            levels.add(new RubricLevel(points, description));
        }
        if (levels.size() < 2 || levels.size() > MAX_LEVELS) {
            throw new BusinessException("rubric.level.count", MAX_LEVELS);
        }
        levels.sort(Comparator.comparingInt(RubricLevel::getPoints));
        return levels;
    }

    public int getPoints() {
        return points;
    }

    public String getDescription() {
        return description;
    }
}
