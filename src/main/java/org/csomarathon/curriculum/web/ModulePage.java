package org.csomarathon.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.csomarathon.curriculum.CurriculumService;
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

    private Long id;
    private long cohortId;
    private int number;
    private String cohortName;
    private ZoneId cohortZone;
    private int version;
    private String title;
    private String description;
    private LocalDateTime opensAt;

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
