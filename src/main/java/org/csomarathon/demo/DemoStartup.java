package org.csomarathon.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.csomarathon.platform.Settings;

/** When the run asks for demo data (marathon.demo-data=true), loads it after the migrations. */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

    @Inject
    Settings settings;

    @Inject
    DemoData demoData;

    @PostConstruct
    void load() {
        if (!settings.demoData()) {
            return;
        }
        if (demoData.loadIfEmpty()) {
            LOG.info("Demo data loaded around today: last year's cohort over (12 participants, 8 passed the gate), "
                    + "this year's in the third week of "
                    + "stage 1 (36 participants in 9 teams, 3 experts, weeks 1 and 2 handed in and reviewed), next "
                    + "year's call open (" + DemoCohort.APPLICANTS.size() + " applicants, 2 reviewers), a coordinator "
                    + "and an administrator; every password is " + DemoCohort.PASSWORD);
        } else {
            LOG.info("The database already holds accounts: demo data left as it is");
        }
    }
}
