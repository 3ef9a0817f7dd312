package org.csomarathon.it;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker (vnu) on a page's HTML as the server sent it: the errors, each with its
 * line. Errors that Faces and PrimeFaces cause in their own markup, which the project cannot
 * change, are listed in {@link #KNOWN} and left out.
 */
final class HtmlChecker {

    /** Errors of Faces' and PrimeFaces' own markup, by the start of their message. */
    static final List<Pattern> KNOWN = List.of(
            // Faces writes autocomplete="off" on the view state's hidden input.
            Pattern.compile("^An “input” element with a “type” attribute whose value is “hidden” must not have an “autocomplete”"),
            // PrimeFaces' select menus, check boxes and auto-completes keep their real input in a visually hidden
            // wrapper (read by screen readers), and its label points at that input.
            Pattern.compile("^The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control"),
            // PrimeFaces' auto-complete names the panel of suggestions it draws only when asked.
            Pattern.compile("^The “aria-controls” attribute references “[^”]*_(table|panel)”, which is not the ID of any element"),
            // PrimeFaces' data table gives its cells the grid roles.
            Pattern.compile("^The “role” attribute must not be used on a “td” element which has a “table” ancestor"));

    private HtmlChecker() {
    }

    /** The errors the checker finds in the HTML, known ones left out; "line N: message" each. */
    static List<String> errors(String html) {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are advice, not errors
            }

            @Override
            public void error(SAXParseException e) {
                if (KNOWN.stream().noneMatch(p -> p.matcher(e.getMessage()).find())) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator();
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            validator.setUpValidatorAndParsers(handler, false, false);
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the checker could not start", e);
        }
        return errors;
    }
}
