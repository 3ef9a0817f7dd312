package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

    @Test
    void aValidPageHasNoError() {
        assertEquals(List.of(), HtmlChecker.errors("<!DOCTYPE html><html lang=\"ru\"><head><title>Марафон</title></head>"
                + "<body><p>Текст</p></body></html>"));
    }

    @Test
    void markupErrorsAreReportedWithTheirLine() {
        List<String> errors = HtmlChecker.errors("<!DOCTYPE html><html lang=\"ru\"><head><title>x</title></head>\n"
                + "<body><span name=\"x\">a</span><img src=\"a.png\"></body></html>");
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("line 2: Attribute “name” not allowed on element “span”"), errors.get(0));
        assertTrue(errors.get(1).startsWith("line 2: An “img” element must have an “alt” attribute"), errors.get(1));
    }
}
