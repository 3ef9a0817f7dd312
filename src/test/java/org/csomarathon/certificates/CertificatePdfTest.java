package org.csomarathon.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.csomarathon.platform.Language;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private final Certificate certificate = new Certificate(7, 42, Certificates.STAGE_1, "Анна Сергеевна Петрова-Ёлкина",
            Instant.parse("2020-05-01T09:00:00Z"));
    private final CertificatePdf.Facts facts = new CertificatePdf.Facts("Когорта 2020", LocalDate.of(2020, 3, 17),
            LocalDate.of(2020, 4, 24), LocalDate.of(2020, 5, 1), "Ирина Волкова", "https://marathon.example.org/certificate/"
            + certificate.getCode());

    @Test
    void theCyrillicNameCohortAndCodeReadBackFromThePdf() throws IOException {
        String text = textOf(CertificatePdf.of(certificate, facts, Language.RU));
        assertTrue(text.contains("СЕРТИФИКАТ"), text);
        assertTrue(text.contains("Анна Сергеевна Петрова-Ёлкина"), text);
        assertTrue(text.contains("«Когорта 2020»"), text);
        assertTrue(text.contains("Ирина Волкова"), text);
        assertTrue(text.contains("Код проверки " + certificate.getCode() + ": https://marathon.example.org/certificate/"
                + certificate.getCode()), text);
    }

    @Test
    void inEnglishOnRequest() throws IOException {
        String text = textOf(CertificatePdf.of(certificate, facts, Language.EN));
        assertTrue(text.contains("This is to certify that"), text);
        assertTrue(text.contains("Programme director"), text);
    }

    @Test
    void codesAreTenLettersAndDigitsThatDoNotReadAlike() {
        String code = Certificate.newCode();
        assertEquals(10, code.length());
        assertTrue(Certificate.looksLikeACode(code));
        assertTrue(!Certificate.looksLikeACode("O0I1ABCDEF") && !Certificate.looksLikeACode("../../etc") && !Certificate.looksLikeACode(null));
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
