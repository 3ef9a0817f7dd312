package org.csomarathon.alumni;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.gate.GateService;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.EmailAddress;
import org.csomarathon.identity.Role;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.intake.Region;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.SecretTokens;
import org.csomarathon.platform.Tick;

/**
 * The alumni network. When a cohort's stage 1 has ended, everyone who completed it becomes an
 * alumnus of that year (the role is kept across years); each one's profile is in the directory only
 * while they consent to it.
 */
@ApplicationScoped
public class Alumni {

    /** The most the directory shows at once; the search narrows it. */
    static final int SHOWN = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    GateService gate;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    IntakeService intake;

    @Inject
    Notifications notifications;

    /** The first year whose graduates can be imported. */
    public static final int FIRST_YEAR = 2018;

    /** What an import did: new accounts made, accounts found by address, and the rows refused with why. */
    public record ImportReport(int added, int matched, List<Refused> refused) {
    }

    /** A refused row: its number in the spreadsheet and the reason's message key and arguments. */
    public record Refused(int row, String key, Object... arguments) {
    }

    /** An alumnus as the directory shows them. */
    public record Entry(long accountId, String fullName, String years, String organisation, String regionCode, String position,
                        String topics, String contact) {
    }

    static final String ENTRY = "Alumni.Entry";

    /** What the directory is searched by; each part may be empty. */
    public record Search(Integer year, String regionCode, String topic) {
    }

    /**
     * The schedule: each cohort that has finished (its stage 2 ended, or its stage 1 when it has no
     * stage 2 dates) has its graduates made alumni, once; a coordinator may do it again (after a late
     * exception), which adds whoever is new.
     */
    @Transactional
    public void graduateFinished(@Observes Tick tick) {
        LocalDate today = LocalDate.ofInstant(tick.now(), ZoneOffset.UTC);
        em.createQuery("SELECT c.id FROM Cohort c WHERE COALESCE(c.stage2End, c.stage1End) < :today AND NOT EXISTS "
                        + "(SELECT g FROM Graduation g WHERE g.cohortId = c.id)", Long.class)
                .setParameter("today", today)
                .getResultList()
                .forEach(this::graduateNow);
    }

    /** Makes everyone who completed the cohort's stage 1 an alumnus of its year; those already alumni stay as they are. */
    @Transactional
    public int graduate(long cohortId) {
        return graduateNow(cohortId);
    }

    private int graduateNow(long cohortId) {
        Object now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);  // as UtcInstantConverter stores it
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new BusinessException("cohort.unknown");
        }
        List<Long> graduates = gate.overview(cohortId).stream().filter(p -> p.check().isPassed()).map(p -> p.accountId()).toList();
        for (long person : graduates) {
            em.find(Account.class, person, LockModeType.PESSIMISTIC_WRITE).grant(Role.ALUMNUS);
            em.createNativeQuery("INSERT IGNORE INTO alumnus (account_id, year, cohort_id, added_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, person).setParameter(2, cohort.getYear()).setParameter(3, cohortId).setParameter(4, now)
                    .executeUpdate();
        }
        em.createNativeQuery("INSERT INTO alumni_graduation (cohort_id, graduated_at, graduates) VALUES (?1, ?2, ?3) "
                        + "ON DUPLICATE KEY UPDATE graduated_at = ?2, graduates = ?3")
                .setParameter(1, cohortId).setParameter(2, now).setParameter(3, graduates.size()).executeUpdate();
        return graduates.size();
    }

    /**
     * Imports earlier graduates: each row's person, found by e-mail or made (with no password yet; they
     * are mailed to set one), becomes an alumnus of the row's year, with the organisation and region in
     * their profile (shown only once they consent). Rows without a name, with a wrong address or a year
     * outside {@value #FIRST_YEAR} to this year are refused with the reason; the rest are kept.
     */
    @Transactional
    public ImportReport importGraduates(List<GraduatesFile.Row> rows) {
        int added = 0;
        int matched = 0;
        List<Refused> refused = new ArrayList<>();
        Instant now = clock.instant();
        int thisYear = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        Object at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);  // as UtcInstantConverter stores it
        for (GraduatesFile.Row row : rows) {
            EmailAddress address;
            try {
                address = EmailAddress.of(row.email());
            } catch (BusinessException wrong) {
                refused.add(new Refused(row.number(), "alumni.import.email", row.email()));
                continue;
            }
            if (row.name().isBlank()) {
                refused.add(new Refused(row.number(), "alumni.import.name"));
                continue;
            }
            int year = row.year().matches("\\d{4}") ? Integer.parseInt(row.year()) : 0;
            if (year < FIRST_YEAR || year > thisYear) {
                refused.add(new Refused(row.number(), "alumni.import.year", row.year(), FIRST_YEAR, thisYear));
                continue;
            }
            Optional<Region> region = region(row.region());
            Optional<Account> existing = accounts.findByEmail(address);
            Account person;
            if (existing.isPresent()) {
                person = em.find(Account.class, existing.get().getId(), LockModeType.PESSIMISTIC_WRITE);
                person.grant(Role.ALUMNUS);
                matched++;
            } else {
                person = accounts.create(address.value(), row.name(), SecretTokens.next(), Language.RU,
                        region.map(Region::getTimeZone).orElse(ZoneId.of("Europe/Moscow")), List.of(Role.ALUMNUS));
                em.flush();  // the new account's id, for the mail and the rows below
                notifications.notify(List.of(person.getId()), MessageKind.ALUMNI_INVITED, "password-reset.xhtml", year);
                added++;
            }
            em.createNativeQuery("INSERT IGNORE INTO alumnus (account_id, year, cohort_id, added_at) VALUES (?1, ?2, NULL, ?3)")
                    .setParameter(1, person.getId()).setParameter(2, year).setParameter(3, at).executeUpdate();
            Profile profile = em.find(Profile.class, person.getId(), LockModeType.PESSIMISTIC_WRITE);
            if (profile == null) {
                profile = new Profile(person.getId(), now);
                em.persist(profile);
                profile.change(new Profile.Facts(row.organisation(), region.map(Region::getCode).orElse(null), null, null, null),
                        false, now);
            }
        }
        return new ImportReport(added, matched, refused);
    }

    /** A region by its two-digit code or its name in either language. */
    private Optional<Region> region(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return intake.regions().stream().filter(r -> r.getCode().equals(t) || r.getName(Language.RU).equalsIgnoreCase(t)
                || r.getName(Language.EN).equalsIgnoreCase(t)).findFirst();
    }

    /** The alumni who consent to be shown, by name, as the search narrows them; at most {@link #SHOWN}. */
    public List<Entry> directory(Search search) {
        StringBuilder sql = new StringBuilder("SELECT a.id AS account_id, a.full_name, "
                + "GROUP_CONCAT(DISTINCT y.year ORDER BY y.year SEPARATOR ', ') AS years, "
                + "p.organisation, p.region_code, p.position, p.topics, p.contact FROM alumni_profile p "
                + "JOIN account a ON a.id = p.account_id JOIN alumnus y ON y.account_id = p.account_id "
                + "WHERE p.consent_at IS NOT NULL");
        List<Object> parameters = new ArrayList<>();
        if (search.year() != null) {
            parameters.add(search.year());
            sql.append(" AND EXISTS (SELECT 1 FROM alumnus z WHERE z.account_id = p.account_id AND z.year = ?").append(parameters.size())
                    .append(')');
        }
        if (search.regionCode() != null && !search.regionCode().isBlank()) {
            parameters.add(search.regionCode());
            sql.append(" AND p.region_code = ?").append(parameters.size());
        }
        if (search.topic() != null && !search.topic().isBlank()) {
            parameters.add("%" + search.topic().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            sql.append(" AND LOWER(p.topics) LIKE ?").append(parameters.size());
        }
        sql.append(" GROUP BY a.id, a.full_name, p.organisation, p.region_code, p.position, p.topics, p.contact "
                + "ORDER BY a.full_name LIMIT ").append(SHOWN);
        var query = em.createNativeQuery(sql.toString(), ENTRY);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Entry> entries = query.getResultList();
        return entries;
    }

    /** The years alumni graduated in, newest first, for the directory's search. */
    public List<Integer> years() {
        List<?> rows = em.createNativeQuery("SELECT DISTINCT year FROM alumnus ORDER BY year DESC").getResultList();
        return rows.stream().map(y -> ((Number) y).intValue()).toList();
    }

    /** The years the person graduated in, oldest first; empty for someone who is not an alumnus. */
    public List<Integer> yearsOf(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT year FROM alumnus WHERE account_id = ?1 ORDER BY year")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(y -> ((Number) y).intValue()).toList();
    }

    public Optional<Profile> profileOf(long accountId) {
        return Optional.ofNullable(em.find(Profile.class, accountId));
    }

    /** Saves the alumnus's profile and their consent to be shown (given, kept, or withdrawn). */
    @Transactional
    public Profile save(long accountId, Profile.Facts facts, boolean consent) {
        if (yearsOf(accountId).isEmpty()) {
            throw new BusinessException("alumni.notAlumnus");
        }
        Instant now = clock.instant();
        Profile profile = em.find(Profile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            profile = new Profile(accountId, now);
            em.persist(profile);
        }
        profile.change(facts, consent, now);
        return profile;
    }

    /** Withdraws the consent: the profile leaves the directory at once. */
    @Transactional
    public void withdraw(long accountId) {
        Profile profile = em.find(Profile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (profile != null && profile.isShown()) {
            profile.withdraw(clock.instant());
        }
    }
}
