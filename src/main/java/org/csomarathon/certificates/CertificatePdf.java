package org.csomarathon.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.Times;

/**
 * A certificate as a one-page A4 landscape PDF, in Russian or English, with the Liberation fonts
 * embedded (subsets), so that Cyrillic names print and copy right everywhere.
 */
public final class CertificatePdf {

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 64;

    /** What the certificate states, besides the certificate itself. */
    public record Facts(String cohortName, LocalDate from, LocalDate to, LocalDate issuedOn, String signatory, String verifyUrl) {
    }

    private CertificatePdf() {
    }

    public static byte[] of(Certificate certificate, Facts facts, Language language) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "liberation/LiberationSerif-Regular.ttf");
            PDFont bold = font(document, "liberation/LiberationSerif-Bold.ttf");
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text(language, "certificate.title") + " — " + certificate.getFullName());
            info.setAuthor(facts.signatory());
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = HEIGHT - MARGIN - 40;
                y = centred(out, bold, 34, text(language, "certificate.title").toUpperCase(language.locale()), y) - 26;
                y = centred(out, regular, 16, text(language, "certificate.stage" + certificate.getStage() + ".confirms"), y) - 34;
                y = centred(out, bold, 28, certificate.getFullName(), y) - 30;
                String completed = text(language, "certificate.stage" + certificate.getStage() + ".completed",
                        facts.cohortName(), Times.date(facts.from(), language), Times.date(facts.to(), language));
                for (String line : lines(completed, regular, 16, WIDTH - 2 * MARGIN)) {
                    y = centred(out, regular, 16, line, y) - 22;
                }
                float bottom = MARGIN + 40;
                write(out, regular, 13, text(language, "certificate.signatory"), MARGIN, bottom + 22);
                write(out, bold, 14, facts.signatory(), MARGIN, bottom);
                String issued = text(language, "certificate.issued", Times.date(facts.issuedOn(), language));
                write(out, regular, 11, issued, WIDTH - MARGIN - regular.getStringWidth(issued) / 1000 * 11, bottom + 22);
                String check = text(language, "certificate.check", certificate.getCode(), facts.verifyUrl());
                write(out, regular, 11, check, WIDTH - MARGIN - regular.getStringWidth(check) / 1000 * 11, bottom);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    private static String text(Language language, String key, Object... arguments) {
        return Texts.format(language, key, arguments);
    }

    private static float centred(PDPageContentStream out, PDFont font, float size, String line, float y) throws IOException {
        write(out, font, size, line, (WIDTH - font.getStringWidth(line) / 1000 * size) / 2, y);
        return y;
    }

    private static void write(PDPageContentStream out, PDFont font, float size, String line, float x, float y) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(line);
        out.endText();
    }

    /** The text broken into lines at spaces, each no wider than {@code width}. */
    static List<String> lines(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
