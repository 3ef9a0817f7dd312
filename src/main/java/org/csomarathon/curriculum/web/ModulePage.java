package org.csomarathon.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.csomarathon.curriculum.CurriculumService;
import org.csomarathon.curriculum.ExpertMeeting;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.curriculum.WeeklyModule;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Markdown;
import org.csomarathon.platform.web.Feedback;

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

    private Long id;
    private long cohortId;
    private int number;
    private String cohortName;
    private ZoneId cohortZone;
    private int version;
    private String title;
    private String description;
    private LocalDateTime opensAt;
    private List<ExpertMeeting> moduleMeetings = List.of();
    private List<Account> experts = List.of();
    private LocalDateTime meetingStartsAt;
    private Integer meetingMinutes = 90;
    private Long meetingExpertId;
    private String meetingLink;

    /** View action. */
    public void load() {
        WeeklyModule module = curriculum.getModule(id);
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
    }

    /** Adds a meeting; its start is typed in the cohort's zone. */
    public String planMeeting() {
        if (meetingStartsAt == null || meetingExpertId == null) {
            throw new BusinessException("curriculum.meeting.startsAt.required");
        }
        meetings.plan(id, meetingStartsAt.atZone(cohortZone).toInstant(), meetingMinutes, meetingExpertId, meetingLink);
        Feedback.info("curriculum.meeting.planned");
        return "/coordinator/module.xhtml?faces-redirect=true&id=" + id;
    }

    public String save() {
        if (opensAt == null) {
            throw new BusinessException("curriculum.opensAt.required");
        }
        curriculum.change(id, title, description, opensAt.atZone(cohortZone).toInstant(), version);
        Feedback.info("curriculum.module.saved", title);
        return "/coordinator/modules.xhtml?faces-redirect=true&cohort=" + cohortId;
    }

    public String getPreview() {
        return Markdown.toSafeHtml(description);
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
