package org.csomarathon.curriculum.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.csomarathon.curriculum.ExpertMeeting;
import org.csomarathon.curriculum.MeetingService.ImportReport;
import org.csomarathon.curriculum.MeetingService.Staff;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.AttendanceExport;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.teams.TeamService.Member;
import org.csomarathon.teams.TeamService.TeamCard;

/**
 * One meeting for those who keep it: its recording link and who attended, ticked by hand or
 * imported from the meeting platform's CSV. Served at /coordinator/meeting.xhtml for
 * coordinators and /expert/meeting.xhtml for the meeting's own expert.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingService meetings;

    @Inject
    Viewer viewer;

    @Inject
    transient Clock clock;

    private Long id;
    private String home;
    private String title;
    private Instant startsAt;
    private String expertName;
    private String link;
    private String recordingLink;
    private boolean over;
    private List<TeamCard> teams = List.of();
    /** Who is ticked present, per team id: each team's boxes are a field of their own. */
    private HashMap<Long, String[]> present = new HashMap<>();
    private transient Part export;
    private List<AttendanceExport.Row> unmatched = List.of();
    private Integer matched;

    /**
     * View action: the folder of the URL says in which capacity the person acts. A meeting that is
     * not the expert's own is not found, as an unknown one is.
     */
    public void load() throws IOException {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        home = viewId.startsWith("/coordinator/") ? "/coordinator/" : "/expert/";
        ExpertMeeting meeting;
        try {
            meeting = meetings.getForStaff(staff(), id);
        } catch (BusinessException unknownOrNotYours) {
            NotFound.answer();
            return;
        }
        title = meeting.getModule().getTitle();
        startsAt = meeting.getStartsAt();
        expertName = meeting.getExpert().getFullName();
        link = meeting.getLink();
        recordingLink = meeting.getRecordingLink();
        over = meeting.isOverAt(clock.instant());
        teams = meetings.teamsFor(meeting);
        showPresent();
    }

    public String saveRecording() {
        meetings.recordedAt(staff(), id, recordingLink);
        PageMessages.info("curriculum.meeting.recordingSaved");
        return back();
    }

    public String saveAttendance() {
        List<Long> ticked = present.values().stream().filter(Objects::nonNull).flatMap(Arrays::stream).map(Long::valueOf).toList();
        meetings.markAttendance(staff(), id, ticked);
        PageMessages.info("curriculum.attendance.saved", ticked.size());
        return back();
    }

    /** Reads the uploaded export and stays on the page to show the rows that matched nobody. */
    public void importExport() throws IOException {
        if (export == null || export.getSubmittedFileName() == null || export.getSubmittedFileName().isBlank()) {
            throw new BusinessException("curriculum.attendance.fileRequired");
        }
        String csv;
        try (InputStream in = export.getInputStream()) {
            csv = AttendanceExport.text(in);
        }
        ImportReport report = meetings.importAttendance(staff(), id, csv);
        matched = report.matched();
        unmatched = report.unmatched();
        showPresent();
        PageMessages.infoOnThisPage("curriculum.attendance.imported", report.matched(), report.unmatched().size());
    }

    private void showPresent() {
        Set<Long> marked = meetings.presentAt(id);
        present = new HashMap<>();
        teams.forEach(team -> present.put(team.id(), team.members().stream().map(Member::accountId).filter(marked::contains)
                .map(String::valueOf).toArray(String[]::new)));
    }

    private String back() {
        return home + "meeting.xhtml?faces-redirect=true&id=" + id;
    }

    private Staff staff() {
        return new Staff(viewer.getAccountId(), "/coordinator/".equals(home) && viewer.has("COORDINATOR"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getExpertName() {
        return expertName;
    }

    public String getLink() {
        return link;
    }

    public String getRecordingLink() {
        return recordingLink;
    }

    public void setRecordingLink(String recordingLink) {
        this.recordingLink = recordingLink;
    }

    /** Whether the meeting is over: its page shows the recording, not the link to join. */
    public boolean isOver() {
        return over;
    }

    /** The cohort's teams with their participants, to mark present team by team. */
    public List<TeamCard> getTeams() {
        return teams;
    }

    /** Who is ticked present, per team id. */
    public Map<Long, String[]> getPresent() {
        return present;
    }

    public Part getExport() {
        return export;
    }

    public void setExport(Part export) {
        this.export = export;
    }

    public List<AttendanceExport.Row> getUnmatched() {
        return unmatched;
    }

    public Integer getMatched() {
        return matched;
    }
}
