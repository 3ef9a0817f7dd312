package org.csomarathon.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Markdown;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;

/** One week of the marathon. Until it opens, participants see only its title and opening time. */
@Entity
@Table(name = "weekly_module")
public class WeeklyModule {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(name = "number", nullable = false)
    private int number;

    @TextLimit(TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @TextLimit(DESCRIPTION_MAX)
    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Version
    private int version;

    protected WeeklyModule() {
    }

    public WeeklyModule(Cohort cohort, int number, String title, Instant opensAt) {
        this.cohort = cohort;
        this.number = number;
        this.description = "";
        change(title, "", opensAt);
    }

    /** The coordinator's edit; refused with a reason when a text is missing or too long. */
    public void change(String title, String description, Instant opensAt) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new BusinessException("curriculum.title.required");
        }
        if (TextLength.exceeds(t, TITLE_MAX)) {
            throw new BusinessException("curriculum.title.long", TITLE_MAX);
        }
        String d = description == null ? "" : description;
        if (TextLength.exceeds(d, DESCRIPTION_MAX)) {
            throw new BusinessException("curriculum.description.long", DESCRIPTION_MAX);
        }
        if (opensAt == null) {
            throw new BusinessException("curriculum.opensAt.required");
        }
        this.title = t;
        this.description = d;
        this.opensAt = opensAt;
    }

    void renumber(int number) {
        this.number = number;
    }

    /** Whether participants may see the module's content at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt);
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionHtml() {
        return Markdown.toSafeHtml(description);
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public int getVersion() {
        return version;
    }
}
