package org.csomarathon.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.gate.GateService;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Settings;
import org.csomarathon.stage2.InvitationState;
import org.csomarathon.stage2.Invitations;
import org.csomarathon.stage2.Programme;
import org.csomarathon.stage2.Session;

/**
 * Certificates of completion of stage 1 and of stage 2: issued to everyone who completed it (the gate, exceptions
 * included), once — the same code every time it is downloaded — and checked by anyone by its code.
 * A certificate of stage 2 is for a confirmed place at stage 2 with at least one of its sessions attended.
 */
@ApplicationScoped
public class Certificates {

    public static final int STAGE_1 = 1;
    public static final int STAGE_2 = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    GateService gate;

    @Inject
    Settings settings;

    @Inject
    Invitations invitations;

    @Inject
    Programme programme;

    @Inject
    Clock clock;

    /** A certificate with its cohort, as the verification page shows it. */
    public record Verified(Certificate certificate, Cohort cohort) {
    }

    /** The person's stage-1 certificate of the cohort, issued now if it was not yet; empty unless they completed stage 1. */
    @Transactional
    public Optional<Certificate> stage1Of(long accountId, long cohortId) {
        if (!gate.checkFor(accountId, cohortId).isPassed()) {
            return Optional.empty();
        }
        return Optional.of(issued(accountId, cohortId, STAGE_1));
    }

    /**
     * The person's stage-2 certificate, issued now if it was not yet: for a confirmed place at a
     * cohort's stage 2 and at least one of its sessions attended; empty otherwise.
     */
    @Transactional
    public Optional<Certificate> stage2Of(long accountId) {
        return invitations.currentOf(accountId)
                .filter(i -> i.getState() == InvitationState.CONFIRMED && programme.attended(accountId, i.getCohortId()))
                .map(i -> issued(accountId, i.getCohortId(), STAGE_2));
    }

    /** Everyone's stage-1 certificates of the cohort, issued now where needed, by name. */
    @Transactional
    public List<Certificate> stage1OfCohort(long cohortId) {
        return gate.overview(cohortId).stream().filter(p -> p.check().isPassed())
                .map(p -> issued(p.accountId(), cohortId, STAGE_1)).toList();
    }

    private Certificate issued(long accountId, long cohortId, int stage) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.accountId = :a AND c.cohortId = :c AND c.stage = :s",
                        Certificate.class)
                .setParameter("a", accountId).setParameter("c", cohortId).setParameter("s", stage)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Certificate made = new Certificate(cohortId, accountId, stage,
                            em.find(Account.class, accountId).getFullName(), clock.instant());
                    em.persist(made);
                    return made;
                });
    }

    /** The certificate a code names, with its cohort; empty for any other text. */
    public Optional<Verified> verify(String code) {
        if (!Certificate.looksLikeACode(code)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM Certificate c WHERE c.code = :code", Certificate.class)
                .setParameter("code", code)
                .getResultStream().findFirst()
                .map(c -> new Verified(c, em.find(Cohort.class, c.getCohortId())));
    }

    /** The certificate as a PDF in the language asked for. */
    public byte[] pdf(Certificate certificate, Language language) {
        Cohort cohort = em.find(Cohort.class, certificate.getCohortId());
        LocalDate from = cohort.getStage1Start();
        LocalDate to = cohort.getStage1End();
        if (certificate.getStage() == STAGE_2) {
            // Stage 2's dates as the cohort gives them, else as its sessions span.
            List<Session> sessions = programme.sessionsOf(cohort.getId());
            from = cohort.getStage2Start() != null ? cohort.getStage2Start() : sessions.stream()
                    .map(x -> LocalDate.ofInstant(x.getStartsAt(), cohort.getTimeZone())).min(LocalDate::compareTo).orElse(from);
            to = cohort.getStage2End() != null ? cohort.getStage2End() : sessions.stream()
                    .map(x -> LocalDate.ofInstant(x.getEndsAt(), cohort.getTimeZone())).max(LocalDate::compareTo).orElse(to);
        }
        return CertificatePdf.of(certificate, new CertificatePdf.Facts(cohort.getName(), from, to, LocalDate.ofInstant(certificate.getIssuedAt(), cohort.getTimeZone()),
                settings.certificateSignatory(), verifyUrl(certificate)), language);
    }

    public String verifyUrl(Certificate certificate) {
        return settings.baseUrl() + "certificate/" + certificate.getCode();
    }

    /** Every certificate as a PDF in one ZIP, each named after its person and code. */
    public byte[] zip(List<Certificate> certificates, Language language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Certificate c : certificates) {
                zip.putNextEntry(new ZipEntry(c.getFullName().replaceAll("[\\\\/:*?\"<>|]", "_") + " " + c.getCode() + ".pdf"));
                zip.write(pdf(c, language));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
