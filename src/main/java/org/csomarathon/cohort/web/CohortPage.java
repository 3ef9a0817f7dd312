package org.csomarathon.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.cohort.CohortTerms;
import org.csomarathon.identity.TimeZones;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.PageMessages;

/** A coordinator creates a cohort (no id in the URL) or changes one (?id=). */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortService cohorts;

    private Long id;
    private int version;
    private Integer year;
    @TextLimit(Cohort.NAME_MAX)
    private String name;
    private String zone = "Europe/Moscow";
    private LocalDate callOpens;
    private LocalDateTime webinar;
    private LocalDateTime applicationDeadline;
    private LocalDate resultsBy;
    private LocalDate stage1Start;
    private LocalDate stage1End;
    private LocalDate stage2Start;
    private LocalDate stage2End;
    private Integer minParticipants = 30;
    private Integer stage2Seats = 10;
    private Integer requiredAttendancePercent = 0;

    /** View action: fills the form from the cohort named in the URL, if any. */
    public void load() {
        if (id == null) {
            return;
        }
        Cohort cohort = cohorts.getById(id);
        CohortTerms t = cohort.terms();
        version = cohort.getVersion();
        year = t.year();
        name = t.name();
        zone = t.zone().getId();
        callOpens = t.callOpens();
        webinar = t.webinar();
        applicationDeadline = t.applicationDeadline();
        resultsBy = t.resultsBy();
        stage1Start = t.stage1Start();
        stage1End = t.stage1End();
        stage2Start = t.stage2Start();
        stage2End = t.stage2End();
        minParticipants = t.minParticipants();
        stage2Seats = t.stage2Seats();
        requiredAttendancePercent = t.requiredAttendancePercent();
    }

    public String save() {
        CohortTerms terms = new CohortTerms(year, name, TimeZones.chosen(zone), callOpens, webinar, applicationDeadline, resultsBy,
                stage1Start, stage1End, stage2Start, stage2End, minParticipants, stage2Seats,
                requiredAttendancePercent);
        Cohort saved = id == null ? cohorts.create(terms) : cohorts.change(id, terms, version);
        PageMessages.info(id == null ? "cohort.created" : "cohort.saved", saved.getName());
        return "/coordinator/cohorts.xhtml?faces-redirect=true";
    }

    public boolean isNew() {
        return id == null;
    }

    public List<String> getZones() {
        return TimeZones.RUSSIA;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public LocalDate getCallOpens() {
        return callOpens;
    }

    public void setCallOpens(LocalDate callOpens) {
        this.callOpens = callOpens;
    }

    public LocalDateTime getWebinar() {
        return webinar;
    }

    public void setWebinar(LocalDateTime webinar) {
        this.webinar = webinar;
    }

    public LocalDateTime getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDateTime applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }

    public LocalDate getResultsBy() {
        return resultsBy;
    }

    public void setResultsBy(LocalDate resultsBy) {
        this.resultsBy = resultsBy;
    }

    public LocalDate getStage1Start() {
        return stage1Start;
    }

    public void setStage1Start(LocalDate stage1Start) {
        this.stage1Start = stage1Start;
    }

    public LocalDate getStage1End() {
        return stage1End;
    }

    public void setStage1End(LocalDate stage1End) {
        this.stage1End = stage1End;
    }

    public LocalDate getStage2Start() {
        return stage2Start;
    }

    public void setStage2Start(LocalDate stage2Start) {
        this.stage2Start = stage2Start;
    }

    public LocalDate getStage2End() {
        return stage2End;
    }

    public void setStage2End(LocalDate stage2End) {
        this.stage2End = stage2End;
    }

    public Integer getMinParticipants() {
        return minParticipants;
    }

    public void setMinParticipants(Integer minParticipants) {
        this.minParticipants = minParticipants;
    }

    public Integer getRequiredAttendancePercent() {
        return requiredAttendancePercent;
    }

    public void setRequiredAttendancePercent(Integer requiredAttendancePercent) {
        this.requiredAttendancePercent = requiredAttendancePercent;
    }

    public Integer getStage2Seats() {
        return stage2Seats;
    }

    public void setStage2Seats(Integer stage2Seats) {
        this.stage2Seats = stage2Seats;
    }
}
