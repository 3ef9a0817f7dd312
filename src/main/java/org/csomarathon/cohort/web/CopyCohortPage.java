package org.csomarathon.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.platform.web.PageMessages;

/**
 * "Copy to a new year": the coordinator names the year and the day stage 1 starts; the form
 * proposes next year, 52 weeks later, so that every date keeps its weekday.
 */
@Named
@ViewScoped
public class CopyCohortPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int WEEKS_IN_A_YEAR = 52;

    @Inject
    transient CohortService cohorts;

    private Long id;
    private String sourceName;
    private Integer year;
    private LocalDate stage1Start;

    /** View action. */
    public void load() {
        Cohort source = cohorts.getById(id);
        sourceName = source.getName();
        year = source.getYear() + 1;
        stage1Start = source.getStage1Start().plusWeeks(WEEKS_IN_A_YEAR);
    }

    public String copy() {
        Cohort copy = cohorts.copy(id, year, stage1Start);
        PageMessages.info("cohort.copied", sourceName, copy.getName());
        return "/coordinator/cohort.xhtml?faces-redirect=true&id=" + copy.getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSourceName() {
        return sourceName;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getStage1Start() {
        return stage1Start;
    }

    public void setStage1Start(LocalDate stage1Start) {
        this.stage1Start = stage1Start;
    }
}
