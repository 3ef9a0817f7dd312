package org.csomarathon.submissions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.Rubric;
import org.csomarathon.submissions.RubricCriterion;

/**
 * Rubrics, reusable across cohorts ({@code coordinator/rubrics.xhtml}, {@code ?id=} to edit one):
 * criteria, each with levels typed one per line as "points — description".
 */
@Named
@ViewScoped
public class RubricsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssignmentService assignments;

    private Long id;
    @TextLimit(Rubric.TITLE_MAX)
    private String newTitle;
    @TextLimit(Rubric.TITLE_MAX)
    private String title;
    @TextLimit(RubricCriterion.TITLE_MAX)
    private String criterionTitle;
    private String levelLines;
    private transient Rubric rubric;

    public void load() throws IOException {
        if (id != null) {
            try {
                title = rubric().getTitle();
            } catch (BusinessException unknown) {
                NotFound.answer();
            }
        }
    }

    private Rubric rubric() {
        if (rubric == null) {
            rubric = assignments.getRubric(id);
        }
        return rubric;
    }

    public String create() {
        Rubric created = assignments.createRubric(newTitle);
        PageMessages.info("rubric.created", created.getTitle());
        return "/coordinator/rubrics.xhtml?faces-redirect=true&id=" + created.getId();
    }

    public String rename() {
        assignments.renameRubric(id, title);
        PageMessages.info("rubric.saved");
        return reload();
    }

    public String addCriterion() {
        assignments.addCriterion(id, criterionTitle, levelLines);
        PageMessages.info("rubric.criterion.added", criterionTitle.strip());
        return reload();
    }

    public String removeCriterion(long criterionId) {
        assignments.removeCriterion(id, criterionId);
        PageMessages.info("rubric.criterion.removed");
        return reload();
    }

    private String reload() {
        return "/coordinator/rubrics.xhtml?faces-redirect=true&id=" + id;
    }

    public List<Rubric> getRubrics() {
        return assignments.rubrics();
    }

    public Rubric getRubric() {
        return id == null ? null : rubric();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCriterionTitle() {
        return criterionTitle;
    }

    public void setCriterionTitle(String criterionTitle) {
        this.criterionTitle = criterionTitle;
    }

    public String getLevelLines() {
        return levelLines;
    }

    public void setLevelLines(String levelLines) {
        this.levelLines = levelLines;
    }
}
