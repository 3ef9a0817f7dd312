package org.csomarathon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static String html(String markdown) {
        return Markdown.toSafeHtml(markdown);
    }

    @Test
    void formattingListsAndLinksSurvive() {
        String html = html("**Бренд** и *голос*\n\n- сайт\n- соцсети\n\n[Гайд](https://example.org/guide)");
        assertTrue(html.contains("<strong>Бренд</strong>"), html);
        assertTrue(html.contains("<em>голос</em>"), html);
        assertTrue(html.contains("<li>сайт</li>"), html);
        assertTrue(html.contains("href=\"https://example.org/guide\""), html);
        assertTrue(html.contains("rel=\"noopener noreferrer nofollow\""), html);
    }

    @Test
    void scriptTagsAreRemoved() {
        String html = html("Текст <script>alert('x')</script> дальше");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertFalse(html.contains("alert("), html);
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        String html = html("[нажми](javascript:alert(1)) и <a href=\"javascript:alert(2)\">ещё</a>");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), html);
    }

    @Test
    void eventHandlerAttributesAreRemoved() {
        String html = html("<img src=\"https://example.org/a.png\" onerror=\"alert(1)\"> <p onclick=\"alert(2)\">абзац</p>");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("onerror"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("onclick"), html);
        assertTrue(html.contains("абзац"), html);
    }

    @Test
    void emptyTextGivesNothing() {
        assertEquals("", html("  "));
        assertEquals("", html(null));
    }

    @Test
    void everyImageHasATextAlternativeEvenWhenTheAuthorGaveNone() {
        assertEquals("<p><img src=\"https://example.org/a.png\" alt=\"\" /></p>",
                Markdown.toSafeHtml("![](https://example.org/a.png)").strip());
        assertEquals("<p><img src=\"https://example.org/a.png\" alt=\"схема\" /></p>",
                Markdown.toSafeHtml("![схема](https://example.org/a.png)").strip());
    }
}
