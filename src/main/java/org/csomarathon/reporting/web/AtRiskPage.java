package org.csomarathon.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.reporting.AtRisk;

/**
 * Teams and participants at risk in a cohort ({@code coordinator/at-risk.xhtml?cohort=&hours=}), each
 * with a button that sends them a reminder (at most one a day for the same thing).
 */
@Named
@ViewScoped
public class AtRiskPage extends OneCohortPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AtRisk atRisk;

    private String hours;
    private transient AtRisk.Lists lists;

    @Override
    protected void show(Cohort cohort) {
        lists = atRisk.of(cohort.getId(), chosenHours());
    }

    /** The hours typed in the address or the form (the model's range), or the default when missing or refused. */
    private int chosenHours() {
        if (hours == null || hours.isBlank()) {
            return AtRisk.DEFAULT_HOURS;
        }
        try {
            return AtRisk.checkedHours(Integer.parseInt(hours.strip()));
        } catch (NumberFormatException e) {
            PageMessages.error("atRisk.hours.range", 1, AtRisk.MAX_HOURS);
        } catch (BusinessException e) {
            PageMessages.refused(e);
        }
        hours = String.valueOf(AtRisk.DEFAULT_HOURS);
        return AtRisk.DEFAULT_HOURS;
    }

    public String remindOfWork(long teamId, long assignmentId) {
        return told(atRisk.remindOfWork(getCohortId(), teamId, assignmentId));
    }

    public String remindOfRevisions(long teamId) {
        return told(atRisk.remindOfRevisions(getCohortId(), teamId));
    }

    public String remindOfAttendance(long accountId) {
        return told(atRisk.remindOfAttendance(getCohortId(), accountId));
    }

    private String told(boolean sent) {
        PageMessages.info(sent ? "atRisk.sent" : "atRisk.alreadySent");
        return "/coordinator/at-risk.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** Shows the lists for the hours typed, at an address that can be shared. */
    public String choose() {
        return "/coordinator/at-risk.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** The lists; on a button's post-back, computed again (they are not kept between requests). */
    public AtRisk.Lists getLists() {
        if (lists == null) {
            lists = atRisk.of(getCohortId(), chosenHours());
        }
        return lists;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }
}
