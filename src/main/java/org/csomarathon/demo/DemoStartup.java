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
            LOG.info("Demo data loaded: the 2027 cohort, 36 participants in 9 teams, 3 experts, 2 reviewers, "
                    + "applicants (" + DemoCohort.APPLICANTS.size() + " applying while the 2027 call is open), "
                    + "a coordinator and an administrator; "
                    + "every password is " + DemoCohort.PASSWORD);
        } else {
            LOG.info("The database already holds accounts: demo data left as it is");
        }
    }
}
