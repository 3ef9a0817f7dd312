package org.csomarathon.submissions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.csomarathon.curriculum.CurriculumService;
import org.csomarathon.curriculum.WeeklyModule;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FileType;
import org.csomarathon.platform.Markdown;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.AssignmentTerms;
import org.csomarathon.submissions.Rubric;

/**
 * The coordinator sets an assignment of a module: {@code coordinator/assignment.xhtml?module=}
 * for a new one, {@code ?id=} to change one. Times are typed in the cohort's zone.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssignmentService assignments;

    @Inject
    transient CurriculumService curriculum;

    private Long id;
    private Long moduleId;
    private int moduleNumber;
    private String moduleTitle;
    private ZoneId cohortZone;
    private int version;
    @TextLimit(AssignmentTerms.TITLE_MAX)
    private String title;
    @TextLimit(AssignmentTerms.INSTRUCTIONS_MAX)
    private String instructions;
    private LocalDateTime opensAt;
    private LocalDateTime dueAt;
    private LocalDateTime cutOffAt;
    private boolean required = true;
    /** Names of the accepted file types, as the checkboxes send them. */
    private List<String> fileTypes = new ArrayList<>(List.of(FileType.PDF.name(), FileType.DOCX.name()));
    private Integer maxFileMb = 20;
    private boolean textAllowed = true;
    private boolean linksAllowed = true;
    private Long rubricId;
    private transient List<Rubric> rubrics;

    /** View action: an existing assignment (?id=) or a new one of the module (?module=). */
    public void load() throws IOException {
        try {
            if (id != null) {
                Assignment a = assignments.getAssignment(id);
                module(a.getModule());
                AssignmentTerms t = a.terms();
                version = a.getVersion();
                title = t.title();
                instructions = t.instructions();
                opensAt = local(t.opensAt());
                dueAt = local(t.dueAt());
                cutOffAt = local(t.cutOffAt());
                required = t.required();
                fileTypes = t.fileTypes().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
                maxFileMb = t.maxFileMb();
                textAllowed = t.textAllowed();
                linksAllowed = t.linksAllowed();
                rubricId = a.getRubric() == null ? null : a.getRubric().getId();
            } else if (moduleId != null) {
                WeeklyModule m = curriculum.getModule(moduleId);
                module(m);
                opensAt = local(m.getOpensAt());
            } else {
                NotFound.answer();
            }
        } catch (BusinessException unknown) {
            NotFound.answer();
        }
    }

    private void module(WeeklyModule m) {
        moduleId = m.getId();
        moduleNumber = m.getNumber();
        moduleTitle = m.getTitle();
        cohortZone = m.getCohort().getTimeZone();
    }

    private LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(t, cohortZone);
    }

    private Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(cohortZone).toInstant();
    }

    public String save() {
        Set<FileType> types = EnumSet.noneOf(FileType.class);
        fileTypes.forEach(name -> types.add(FileType.valueOf(name)));
        AssignmentTerms terms = new AssignmentTerms(title, instructions, instant(opensAt), instant(dueAt),
                instant(cutOffAt), required, types, maxFileMb == null ? 0 : maxFileMb, textAllowed, linksAllowed);
        if (id == null) {
            assignments.create(moduleId, terms, rubricId);
        } else {
            assignments.change(id, terms, rubricId, version);
        }
        PageMessages.info("assignment.saved", terms.title());
        return backToModule();
    }

    public String remove() {
        assignments.remove(id);
        PageMessages.info("assignment.removed", title);
        return backToModule();
    }

    private String backToModule() {
        return "/coordinator/module.xhtml?faces-redirect=true&id=" + moduleId;
    }

    public String getPreview() {
        return Markdown.toSafeHtml(instructions);
    }

    public List<Rubric> getRubrics() {
        if (rubrics == null) {
            rubrics = assignments.rubrics();
        }
        return rubrics;
    }

    public FileType[] getAllFileTypes() {
        return FileType.values();
    }

    public int getLargestFileMb() {
        return AssignmentTerms.LARGEST_FILE_MB;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public int getModuleNumber() {
        return moduleNumber;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public ZoneId getCohortZone() {
        return cohortZone;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public LocalDateTime getCutOffAt() {
        return cutOffAt;
    }

    public void setCutOffAt(LocalDateTime cutOffAt) {
        this.cutOffAt = cutOffAt;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public List<String> getFileTypes() {
        return fileTypes;
    }

    public void setFileTypes(List<String> fileTypes) {
        this.fileTypes = fileTypes == null ? new ArrayList<>() : fileTypes;
    }

    public Integer getMaxFileMb() {
        return maxFileMb;
    }

    public void setMaxFileMb(Integer maxFileMb) {
        this.maxFileMb = maxFileMb;
    }

    public boolean isTextAllowed() {
        return textAllowed;
    }

    public void setTextAllowed(boolean textAllowed) {
        this.textAllowed = textAllowed;
    }

    public boolean isLinksAllowed() {
        return linksAllowed;
    }

    public void setLinksAllowed(boolean linksAllowed) {
        this.linksAllowed = linksAllowed;
    }

    public Long getRubricId() {
        return rubricId;
    }

    public void setRubricId(Long rubricId) {
        this.rubricId = rubricId;
    }
}
