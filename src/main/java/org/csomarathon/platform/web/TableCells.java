package org.csomarathon.platform.web;

import java.util.HashMap;
import java.util.Map;
import org.csomarathon.platform.Html;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;

/**
 * Table rows written as HTML by a page's bean, for lists of dozens of rows where a dozen expressions and
 * components per row were the page's largest cost. Each cell carries its column's name ({@code data-label},
 * shown beside the value on a phone); names and messages are looked up once per page and escaped. What a
 * person typed must be escaped by the caller ({@link Html#escape}).
 */
public final class TableCells {

    private final Language language;
    private final Map<String, String> labels = new HashMap<>();

    public TableCells(Language language) {
        this.language = language;
    }

    /** Closes the row's previous cell, if any, and opens the next, of the column named by {@code labelKey}. */
    public StringBuilder cell(StringBuilder row, String labelKey) {
        if (row.length() > 0) {
            row.append("</td>");
        }
        return row.append("<td data-label=\"").append(label(labelKey)).append("\">");
    }

    /** The row's cells, the last one closed. */
    public String end(StringBuilder row) {
        return row.append("</td>").toString();
    }

    /** A message without arguments, escaped, looked up once per page. */
    public String label(String key) {
        return labels.computeIfAbsent(key, k -> Html.escape(Texts.format(language, k)));
    }
}
