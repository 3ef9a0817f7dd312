package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.csomarathon.demo.DemoCohort;
import org.csomarathon.it.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Certificates of stage 1: for those who completed it, the same each time, checked by anyone by their code. */
@MarathonIT
class CertificatesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    @Test
    void whoCompletedStage1DownloadsACertificateThatAnyoneCanCheckByItsCode() throws IOException {
        WebSession coordinator = signedIn("coordinator@example.org");
        long cohort = TestCohorts.newCohort(coordinator);   // nothing required: everyone in a team completes stage 1
        List<String> people = TestCohorts.newParticipants("certified", 2);
        TestCohorts.addTeam(coordinator, cohort, "Сертификаты " + System.nanoTime(), people);
        String outsider = TestCohorts.newParticipants("uncertified", 1).get(0);
        String name = TestDatabase.text("SELECT full_name FROM account WHERE email = ?", people.get(0));
        String cohortName = TestDatabase.text("SELECT name FROM cohort WHERE id = ?", cohort);

        WebSession graduate = signedIn(people.get(0));
        assertEquals("Скачать сертификат (PDF)", graduate.get("participant/gate.xhtml").text("#certificate-heading ~ p a.button-link"));
        byte[] pdf = graduate.bytes("participant/certificate.pdf?lang=ru");
        String text = textOf(pdf);
        assertTrue(text.contains(name) && text.contains("«" + cohortName + "»"), text);
        String code = TestDatabase.text("SELECT c.code FROM certificate c JOIN account a ON a.id = c.account_id WHERE a.email = ?",
                people.get(0));
        assertTrue(text.contains("Код проверки " + code), text);
        assertTrue(textOf(graduate.bytes("participant/certificate.pdf?lang=en")).contains("This is to certify that"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM certificate c JOIN account a ON a.id = c.account_id "
                + "WHERE a.email = ?", people.get(0)), "issued once: the same code every time");

        Page check = new WebSession(base).get("certificate/" + code);
        assertEquals(200, check.status());
        assertEquals("Сертификат действителен", check.text("#verified-heading"));
        assertEquals(name, check.fact("Кому выдан"));
        assertEquals("Первый этап стажировки по коммуникациям для НКО «" + cohortName + "»", check.fact("Программа"));
        assertEquals(TestDatabase.text("SELECT CAST(year AS CHAR) FROM cohort WHERE id = ?", cohort), check.fact("Год"));
        assertTrue(!check.body().contains(people.get(0)), "nothing more than the name, the programme and the year (no address)");
        assertEquals(404, new WebSession(base).get("certificate/AAAAAAAAAA").status(), "a code no certificate has");
        assertEquals(404, new WebSession(base).get("certificate/nonsense").status());

        assertEquals(404, signedIn(outsider).download("participant/certificate.pdf").status(), "not in a team: stage 1 not completed");

        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(coordinator.bytes("coordinator/certificates.zip?cohort="
                + cohort)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertEquals(2, entries.size(), entries.toString());
        assertTrue(entries.contains(name + " " + code + ".pdf"), entries.toString());
        assertEquals(403, graduate.download("coordinator/certificates.zip?cohort=" + cohort).status(), "coordinators only");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private WebSession signedIn(String email) {
        WebSession s = new WebSession(base);
        s.signIn(email, DemoCohort.PASSWORD);
        return s;
    }
}
