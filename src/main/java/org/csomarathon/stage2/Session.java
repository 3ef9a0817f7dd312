package org.csomarathon.stage2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Phrases;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;

/** A session of stage 2's face-to-face programme. */
@Entity
@Table(name = "stage2_session")
public class Session {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 300;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int HOST_MAX = 200;
    static final int MAX_MINUTES = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @TextLimit(PLACE_MAX)
    @Column(name = "place", nullable = false, length = PLACE_MAX)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SessionKind kind;

    @TextLimit(TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @TextLimit(DESCRIPTION_MAX)
    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    @TextLimit(HOST_MAX)
    @Column(name = "host", length = HOST_MAX)
    private String host;

    @Version
    private int version;

    /** What a coordinator types for a session. */
    public record Terms(Instant startsAt, Integer minutes, String place, SessionKind kind, String title, String description,
                        String host) {
    }

    protected Session() {
    }

    Session(long cohortId, int position, Terms terms) {
        this.cohortId = cohortId;
        this.position = position;
        change(terms);
    }

    void change(Terms t) {
        if (t.startsAt() == null || t.kind() == null) {
            throw new BusinessException("stage2.session.required");
        }
        if (t.minutes() == null || t.minutes() < 1 || t.minutes() > MAX_MINUTES) {
            throw new BusinessException("stage2.session.minutes", MAX_MINUTES);
        }
        this.title = text(t.title(), TITLE_MAX, "stage2.session.title", true);
        this.place = text(t.place(), PLACE_MAX, "stage2.session.place", true);
        this.description = text(t.description(), DESCRIPTION_MAX, "stage2.session.description", false);
        this.host = text(t.host(), HOST_MAX, "stage2.session.host", false);
        this.startsAt = t.startsAt();
        this.minutes = t.minutes();
        this.kind = t.kind();
    }

    private static String text(String typed, int max, String label, boolean required) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty() && required) {
            throw new BusinessException("stage2.session.missing", new Phrases(List.of(label)));
        }
        if (TextLength.exceeds(s, max)) {
            throw new BusinessException("stage2.session.long", new Phrases(List.of(label)), max);
        }
        return s.isEmpty() ? null : s;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Instant getEndsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public int getPosition() {
        return position;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getPlace() {
        return place;
    }

    public SessionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getHost() {
        return host;
    }

    public int getVersion() {
        return version;
    }
}
