package org.csomarathon.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.Region;
import org.csomarathon.reporting.FunderReport;

/** The funder's report of a cohort, to read and print ({@code coordinator/funder.xhtml?cohort=}); the workbook downloads. */
@Named
@RequestScoped
public class FunderPage extends OneCohortPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FunderReport funder;

    @Inject
    Viewer viewer;

    private transient FunderReport.Report report;

    @Override
    protected void show(Cohort cohort) {
        report = funder.of(cohort.getId());
    }

    public String regionName(Region region) {
        return FunderTables.regionName(region, viewer.getLanguage());
    }

    public long percent(long part, long whole) {
        return FunderReport.percent(part, whole);
    }

    public FunderReport.Report getReport() {
        return report;
    }
}
