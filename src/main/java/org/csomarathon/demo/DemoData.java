package org.csomarathon.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.demo.DemoCohort.DemoOrganisation;
import org.csomarathon.demo.DemoCohort.DemoPerson;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.EmailAddress;
import org.csomarathon.identity.PasswordHashing;
import org.csomarathon.intake.Organisation;
import org.csomarathon.intake.Region;
import org.csomarathon.platform.Language;
import org.csomarathon.teams.TeamService;

/** Loads the demo cohort in one transaction: all of it, or nothing. */
@ApplicationScoped
public class DemoData {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    TeamService teams;

    @Inject
    CohortService cohorts;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    /** Loads the demo when the database has no accounts yet; says whether it did. */
    @Transactional
    public boolean loadIfEmpty() {
        if (accounts.anyExists()) {
            return false;
        }
        Instant now = clock.instant();
        Cohort cohort = cohorts.create(DemoCohort.terms());

        Map<Integer, Organisation> organisations = new HashMap<>();
        for (DemoOrganisation o : DemoCohort.organisations()) {
            Organisation organisation = new Organisation(o.name(), o.ogrn(), o.inn(),
                    em.find(Region.class, o.regionCode()), o.website(), now);
            em.persist(organisation);
            organisations.put(o.number(), organisation);
        }

        // Every demo account has the same, published password: one hash serves them all.
        String hash = passwords.hashNew(DemoCohort.PASSWORD);
        Map<String, Account> byEmail = new HashMap<>();
        for (DemoPerson p : DemoCohort.people()) {
            Organisation organisation = p.organisation() == null ? null : organisations.get(p.organisation());
            Account account = new Account(EmailAddress.of(p.email()), p.fullName(), hash, Language.DEFAULT,
                    organisation == null ? DemoCohort.ZONE : organisation.getRegion().getTimeZone(),
                    EnumSet.of(p.role()), now);
            account.worksAt(organisation, p.position());
            em.persist(account);
            byEmail.put(p.email(), account);
        }
        em.flush();

        DemoCohort.teams().forEach((name, members) ->
                teams.form(cohort, name, members.stream().map(m -> byEmail.get(m.email())).toList()));
        return true;
    }
}
