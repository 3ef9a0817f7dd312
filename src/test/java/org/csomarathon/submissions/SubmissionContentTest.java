package org.csomarathon.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.csomarathon.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** What a team types into its draft: text and links, one per line. */
class SubmissionContentTest {

    @Test
    void linksAreReadOnePerLineSkippingBlankLines() {
        Submission.Content c = Submission.Content.of("  Наш ответ  ", "https://example.org/a\n\n  http://example.org/b  \n");
        assertEquals("Наш ответ", c.text());
        assertEquals(List.of("https://example.org/a", "http://example.org/b"), c.links());
    }

    @Test
    void aLinkThatIsNotHttpIsRefused() {
        assertThrows(BusinessException.class, () -> Submission.Content.of("", "javascript:alert(1)"));
        assertThrows(BusinessException.class, () -> Submission.Content.of("", "ftp://example.org/file"));
    }

    @Test
    void nothingTypedIsEmpty() {
        assertTrue(Submission.Content.of(null, " \n ").isEmpty());
    }
}
