package org.csomarathon.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.csomarathon.curriculum.CurriculumService;
import org.csomarathon.curriculum.ExpertMeeting;
import org.csomarathon.curriculum.Material;
import org.csomarathon.curriculum.MaterialService;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.curriculum.WeeklyModule;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Markdown;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;

/** The coordinator edits one module: title, Markdown description, opening time in the cohort's zone. */
@Named
@ViewScoped
public class ModulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurriculumService curriculum;

    @Inject
    transient MeetingService meetings;

    @Inject
    transient AccountService accounts;

    @Inject
    transient MaterialService materials;

    private Long id;
    private long cohortId;
    private int number;
    private String cohortName;
    private ZoneId cohortZone;
    private int version;
    @TextLimit(WeeklyModule.TITLE_MAX)
    private String title;
    @TextLimit(WeeklyModule.DESCRIPTION_MAX)
    private String description;
    private LocalDateTime opensAt;
    private List<ExpertMeeting> moduleMeetings = List.of();
    private List<Account> experts = List.of();
    private LocalDateTime meetingStartsAt;
    private Integer meetingMinutes = 90;
    private Long meetingExpertId;
    private String meetingLink;
    private List<Material> moduleMaterials = List.of();
    @TextLimit(Material.TITLE_MAX)
    private String materialTitle;
    private String materialUrl;
    private boolean materialVideo;
    @TextLimit(Material.TITLE_MAX)
    private String fileTitle;
    private transient Part upload;

    /** View action: a missing or unknown module is not found. */
    public void load() throws IOException {
        Optional<WeeklyModule> found = id == null ? Optional.empty() : curriculum.findModule(id);
        if (found.isEmpty()) {
            NotFound.answer();
            return;
        }
        WeeklyModule module = found.get();
        cohortId = module.getCohort().getId();
        cohortName = module.getCohort().getName();
        cohortZone = module.getCohort().getTimeZone();
        number = module.getNumber();
        version = module.getVersion();
        title = module.getTitle();
        description = module.getDescription();
        opensAt = LocalDateTime.ofInstant(module.getOpensAt(), cohortZone);
        moduleMeetings = meetings.meetingsOf(id);
        experts = accounts.withRole(Role.EXPERT);
        moduleMaterials = materials.materialsOf(id);
    }

    public String addLink() {
        materials.addLink(id, materialTitle, materialUrl, materialVideo);
        PageMessages.info("curriculum.material.added", materialTitle);
        return "/coordinator/module.xhtml?faces-redirect=true&id=" + id;
    }

    /** Streams the chosen file into the store; the type is checked by the file's bytes. */
    public String addFile() throws IOException {
        if (upload == null || upload.getSubmittedFileName() == null || upload.getSubmittedFileName().isBlank()) {
            throw new BusinessException("storage.fileRequired");
        }
        try (InputStream in = upload.getInputStream()) {
            Material m = materials.addFile(id, fileTitle, upload.getSubmittedFileName(), in);
            PageMessages.info("curriculum.material.added", m.getTitle());
        }
        return "/coordinator/module.xhtml?faces-redirect=true&id=" + id;
    }

    public String remove(long materialId) {
        materials.remove(materialId);
        PageMessages.info("curriculum.material.removed");
        return "/coordinator/module.xhtml?faces-redirect=true&id=" + id;
    }

    /** Adds a meeting; its start is typed in the cohort's zone. */
    public String planMeeting() {
        if (meetingStartsAt == null || meetingExpertId == null) {
            throw new BusinessException("curriculum.meeting.startsAt.required");
        }
        meetings.plan(id, meetingStartsAt.atZone(cohortZone).toInstant(), meetingMinutes, meetingExpertId, meetingLink);
        PageMessages.info("curriculum.meeting.planned");
        return "/coordinator/module.xhtml?faces-redirect=true&id=" + id;
    }

    public String save() {
        if (opensAt == null) {
            throw new BusinessException("curriculum.opensAt.required");
        }
        curriculum.change(id, title, description, opensAt.atZone(cohortZone).toInstant(), version);
        PageMessages.info("curriculum.module.saved", title);
        return "/coordinator/modules.xhtml?faces-redirect=true&cohort=" + cohortId;
    }

    public String getPreview() {
        return Markdown.toSafeHtml(description);
    }

    public List<Material> getMaterials() {
        return moduleMaterials;
    }

    public String getMaterialTitle() {
        return materialTitle;
    }

    public void setMaterialTitle(String materialTitle) {
        this.materialTitle = materialTitle;
    }

    public String getMaterialUrl() {
        return materialUrl;
    }

    public void setMaterialUrl(String materialUrl) {
        this.materialUrl = materialUrl;
    }

    public boolean isMaterialVideo() {
        return materialVideo;
    }

    public void setMaterialVideo(boolean materialVideo) {
        this.materialVideo = materialVideo;
    }

    public String getFileTitle() {
        return fileTitle;
    }

    public void setFileTitle(String fileTitle) {
        this.fileTitle = fileTitle;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public List<ExpertMeeting> getMeetings() {
        return moduleMeetings;
    }

    public List<Account> getExperts() {
        return experts;
    }

    public LocalDateTime getMeetingStartsAt() {
        return meetingStartsAt;
    }

    public void setMeetingStartsAt(LocalDateTime meetingStartsAt) {
        this.meetingStartsAt = meetingStartsAt;
    }

    public Integer getMeetingMinutes() {
        return meetingMinutes;
    }

    public void setMeetingMinutes(Integer meetingMinutes) {
        this.meetingMinutes = meetingMinutes;
    }

    public Long getMeetingExpertId() {
        return meetingExpertId;
    }

    public void setMeetingExpertId(Long meetingExpertId) {
        this.meetingExpertId = meetingExpertId;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public void setMeetingLink(String meetingLink) {
        this.meetingLink = meetingLink;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public ZoneId getCohortZone() {
        return cohortZone;
    }

    public int getNumber() {
        return number;
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

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }
}
