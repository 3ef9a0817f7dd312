package org.csomarathon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void typeIsDeclaredByTheNamesEndingWhateverItsCase() {
        assertEquals(Optional.of(FileType.PDF), FileType.declaredBy("Годовой отчёт.PDF"));
        assertEquals(Optional.of(FileType.JPEG), FileType.declaredBy("photo.jpeg"));
        assertEquals(Optional.empty(), FileType.declaredBy("script.exe"));
        assertEquals(Optional.empty(), FileType.declaredBy("no-ending"));
    }

    @Test
    void contentMustBeWhatTheNameSays() {
        assertTrue(FileType.PDF.matches("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(FileType.PDF.matches("<html><script>".getBytes(StandardCharsets.US_ASCII)), "a page renamed to .pdf");
        assertTrue(FileType.DOCX.matches(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}));
        assertFalse(FileType.PNG.matches(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}), "a JPEG named .png");
        assertFalse(FileType.PDF.matches(new byte[] {'%', 'P'}), "too short to tell");
    }

    @Test
    void namesLosePathsAndReservedCharacters() {
        assertEquals("passwd", FileType.safeName("../../etc/passwd"));
        assertEquals("report.pdf", FileType.safeName("C:\\Users\\anna\\report.pdf"));
        assertEquals("a_b_.pdf", FileType.safeName("a<b>.pdf"));
        assertEquals("htaccess", FileType.safeName(".htaccess"));
        assertEquals("file", FileType.safeName("  "));
        assertEquals("fdp.exe", FileType.safeName("\u202efdp.exe"), "a right-to-left override makes it read as exe.pdf");
        assertEquals("отчёт.pdf", FileType.safeName("\u2066отчёт\u2069\u200f.pdf"), "isolates and marks are gone too");
        String longName = FileType.safeName("х".repeat(300) + ".docx");
        assertTrue(longName.length() <= 150 && longName.endsWith(".docx"), longName);
    }
}
