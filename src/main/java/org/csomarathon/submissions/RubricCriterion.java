package org.csomarathon.submissions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;

/** One criterion of a rubric and its levels, lowest first. */
@Entity
@Table(name = "rubric_criterion")
// The rubric's criteria with their levels in one more statement; named, so that it is prepared once.
@NamedQuery(name = RubricCriterion.OF_RUBRIC, query = "SELECT c FROM RubricCriterion c WHERE c.rubric.id = :rubric "
        + "ORDER BY c.position", hints = {
            @QueryHint(name = "eclipselink.batch", value = "c.levels"),
            @QueryHint(name = "eclipselink.batch.type", value = "IN")})
public class RubricCriterion {

    static final String OF_RUBRIC = "RubricCriterion.ofRubric";

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id")
    private Rubric rubric;

    /** Where the criterion stands in its rubric; criteria keep the order they were added in. */
    @Column(name = "position", nullable = false)
    private int position;

    @TextLimit(TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rubric_level", joinColumns = @JoinColumn(name = "criterion_id"))
    @OrderColumn(name = "position")
    private List<RubricLevel> levels = new ArrayList<>();

    protected RubricCriterion() {
    }

    RubricCriterion(Rubric rubric, int position, String title, List<RubricLevel> levels) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new BusinessException("rubric.criterion.title.required");
        }
        if (TextLength.exceeds(t, TITLE_MAX)) {
            throw new BusinessException("rubric.criterion.title.long", TITLE_MAX);
        }
        this.rubric = rubric;
        this.position = position;
        this.title = t;
        this.levels = new ArrayList<>(levels);
    }

    int getPosition() {
        return position;
    }

    public int getMaxPoints() {
        return levels.stream().mapToInt(RubricLevel::getPoints).max().orElse(0);
    }

    /** The most points an expert can give on these criteria. */
    public static int maxPoints(List<RubricCriterion> criteria) {
        return criteria.stream().mapToInt(RubricCriterion::getMaxPoints).sum();
    }

    /** The level given with these points, or null when none was given (or the level was changed since). */
    public RubricLevel levelFor(Integer points) {
        return points == null ? null : levels.stream().filter(l -> l.getPoints() == points).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<RubricLevel> getLevels() {
        return levels;
    }
}
