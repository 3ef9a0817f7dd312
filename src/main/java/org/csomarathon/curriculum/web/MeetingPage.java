package org.csomarathon.curriculum.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.csomarathon.curriculum.AttendanceExport;
import org.csomarathon.curriculum.ExpertMeeting;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.curriculum.MeetingService.ImportReport;
import org.csomarathon.curriculum.MeetingService.Staff;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.web.Feedback;
import org.csomarathon.teams.TeamService.Member;
import org.primefaces.model.file.UploadedFile;

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

    private Long id;
    private String home;
    private String title;
    private Instant startsAt;
    private String expertName;
    private String link;
    private String recordingLink;
    private List<Member> participants = List.of();
    private String[] present = {};
    private transient UploadedFile export;
    private List<AttendanceExport.Row> unmatched = List.of();
    private Integer matched;

    /** View action: the folder of the URL says in which capacity the person acts. */
    public void load() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        home = viewId.startsWith("/coordinator/") ? "/coordinator/" : "/expert/";
        ExpertMeeting meeting = meetings.getForStaff(staff(), id);
        title = meeting.getModule().getTitle();
        startsAt = meeting.getStartsAt();
        expertName = meeting.getExpert().getFullName();
        link = meeting.getLink();
        recordingLink = meeting.getRecordingLink();
        participants = meetings.participantsFor(meeting);
        present = meetings.presentAt(id).stream().map(String::valueOf).toArray(String[]::new);
    }

    public String saveRecording() {
        meetings.recordedAt(staff(), id, recordingLink);
        Feedback.info("curriculum.meeting.recordingSaved");
        return back();
    }

    public String saveAttendance() {
        meetings.markAttendance(staff(), id, Arrays.stream(present).map(Long::valueOf).toList());
        Feedback.info("curriculum.attendance.saved", present.length);
        return back();
    }

    /** Reads the uploaded export and stays on the page to show the rows that matched nobody. */
    public void importExport() throws IOException {
        if (export == null) {
            throw new BusinessException("curriculum.attendance.fileRequired");
        }
        String csv;
        try (InputStream in = export.getInputStream()) {
            csv = AttendanceExport.text(in);
        }
        ImportReport report = meetings.importAttendance(staff(), id, csv);
        matched = report.matched();
        unmatched = report.unmatched();
        present = meetings.presentAt(id).stream().map(String::valueOf).toArray(String[]::new);
        Feedback.infoOnThisPage("curriculum.attendance.imported", report.matched(), report.unmatched().size());
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

    public List<Member> getParticipants() {
        return participants;
    }

    public String[] getPresent() {
        return present;
    }

    public void setPresent(String[] present) {
        this.present = present == null ? new String[0] : present;
    }

    public UploadedFile getExport() {
        return export;
    }

    public void setExport(UploadedFile export) {
        this.export = export;
    }

    public List<AttendanceExport.Row> getUnmatched() {
        return unmatched;
    }

    public Integer getMatched() {
        return matched;
    }
}
