package org.csomarathon.submissions;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;

/** Criteria × levels with points; belongs to no cohort, so assignments of any year can use it. */
@Entity
@Table(name = "rubric")
public class Rubric {

    public static final int TITLE_MAX = 200;
    public static final int MAX_CRITERIA = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TextLimit(TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RubricCriterion> criteria = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Rubric() {
    }

    public Rubric(String title, Instant now) {
        rename(title);
        this.createdAt = now;
    }

    public void rename(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new BusinessException("rubric.title.required");
        }
        if (TextLength.exceeds(t, TITLE_MAX)) {
            throw new BusinessException("rubric.title.long", TITLE_MAX);
        }
        this.title = t;
    }

    /** Adds a criterion with its levels typed one per line, "points — description". */
    public RubricCriterion addCriterion(String criterionTitle, String levelLines) {
        if (criteria.size() >= MAX_CRITERIA) {
            throw new BusinessException("rubric.criteria.tooMany", MAX_CRITERIA);
        }
        int position = criteria.stream().mapToInt(RubricCriterion::getPosition).max().orElse(-1) + 1;
        RubricCriterion c = new RubricCriterion(this, position, criterionTitle, RubricLevel.parse(levelLines));
        criteria.add(c);
        return c;
    }

    public void removeCriterion(long criterionId) {
        criteria.removeIf(c -> c.getId() != null && c.getId() == criterionId);
    }

    /** The most points an expert can give with this rubric. */
    public int getMaxPoints() {
        return criteria.stream().mapToInt(RubricCriterion::getMaxPoints).sum();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<RubricCriterion> getCriteria() {
        return criteria;
    }

    public int getVersion() {
        return version;
    }
}
