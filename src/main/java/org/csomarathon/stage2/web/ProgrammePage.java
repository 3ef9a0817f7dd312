package org.csomarathon.stage2.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.review.ReviewService;
import org.csomarathon.stage2.LowestCriteria;
import org.csomarathon.stage2.Programme;
import org.csomarathon.stage2.Session;
import org.csomarathon.stage2.SessionKind;

/**
 * The coordinator's draft of stage 2's programme ({@code coordinator/programme.xhtml?cohort=}):
 * where stage 1 scored lowest, the sessions in order (add, change, move, remove) with times typed in
 * the cohort's zone, and who of the confirmed participants attended each session.
 */
@Named
@ViewScoped
public class ProgrammePage extends OneCohortPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Programme programme;

    @Inject
    transient ReviewService reviews;

    @Inject
    Viewer viewer;

    private ZoneId cohortZone;
    private Long editing;
    private int editingVersion;
    private LocalDateTime startsAt;
    private Integer minutes = 90;
    @TextLimit(Session.PLACE_MAX)
    private String place;
    private SessionKind kind = SessionKind.WORKSHOP;
    @TextLimit(Session.TITLE_MAX)
    private String title;
    @TextLimit(Session.DESCRIPTION_MAX)
    private String description;
    @TextLimit(Session.HOST_MAX)
    private String host;
    /** Who is ticked present, per session id. */
    private final HashMap<Long, String[]> present = new HashMap<>();
    private transient List<Session> sessions;

    @Override
    protected void show(Cohort cohort) {
        cohortZone = cohort.getTimeZone();
        for (Session s : getSessions()) {
            present.put(s.getId(), programme.presentAt(s.getId()).stream().map(String::valueOf).toArray(String[]::new));
        }
    }

    public List<Session> getSessions() {
        if (sessions == null) {
            sessions = programme.sessionsOf(getCohortId());
        }
        return sessions;
    }

    public List<LowestCriteria.Share> getLowest() {
        return programme.lowestCriteria(getCohortId());
    }

    /** Works the experts proposed as examples, with the teams' answers. */
    public List<ReviewService.Example> getExamples() {
        return reviews.examplesOf(getCohortId());
    }

    public List<Programme.Attendee> getConfirmed() {
        return programme.confirmed(getCohortId());
    }

    public String save() {
        Session.Terms terms = new Session.Terms(startsAt == null ? null : startsAt.atZone(cohortZone).toInstant(), minutes,
                place, kind, title, description, host);
        if (editing == null) {
            programme.add(getCohortId(), terms);
        } else {
            programme.change(editing, terms, editingVersion);
        }
        PageMessages.info("stage2.session.saved", title == null ? "" : title.strip());
        return back();
    }

    /** Puts a session into the form to change it. */
    public void edit(Session s) {
        editing = s.getId();
        editingVersion = s.getVersion();
        startsAt = LocalDateTime.ofInstant(s.getStartsAt(), cohortZone);
        minutes = s.getMinutes();
        place = s.getPlace();
        kind = s.getKind();
        title = s.getTitle();
        description = s.getDescription();
        host = s.getHost();
    }

    public String move(long sessionId, boolean earlier) {
        programme.move(sessionId, earlier);
        return back();
    }

    public String remove(long sessionId) {
        programme.remove(sessionId);
        PageMessages.info("stage2.session.removed");
        return back();
    }

    public String saveAttendance(long sessionId) {
        String[] ticked = present.getOrDefault(sessionId, new String[0]);
        int kept = programme.markAttendance(viewer.getAccountId(), sessionId,
                Arrays.stream(ticked).filter(Objects::nonNull).map(Long::valueOf).toList());
        PageMessages.info("stage2.session.attendanceSaved", kept);
        return back();
    }

    private String back() {
        return "/coordinator/programme.xhtml?faces-redirect=true&cohort=" + getCohortId();
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public ZoneId getCohortZone() {
        return cohortZone;
    }

    public Long getEditing() {
        return editing;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Map<Long, String[]> getPresent() {
        return present;
    }
}
