package org.csomarathon.platform.web;

import java.util.HashMap;
import java.util.Map;
import org.csomarathon.platform.Html;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;

/**
 * Table rows written as HTML by a page's bean, for lists of dozens of rows where a dozen expressions and
 * components per row were the page's largest cost. Escaped by construction: a {@link Row} takes texts,
 * message keys, addresses and class names, never HTML, and escapes every one of them; the elements are
 * its own. Each cell carries its column's name ({@code data-label}, shown beside the value on a phone);
 * names and messages are looked up once per page.
 */
public final class TableCells {

    private final Language language;
    private final Map<String, String> labels = new HashMap<>();

    public TableCells(Language language) {
        this.language = language;
    }

    /** A new row's cells. */
    public Row row() {
        return new Row();
    }

    /** The message without arguments, as a person reads it (escaped when a row writes it). */
    String message(String key) {
        return labels.computeIfAbsent(key, k -> Texts.format(language, k));
    }

    /** One row's cells, written in order. */
    public final class Row {

        private final StringBuilder html = new StringBuilder(800);
        private boolean cellOpen;

        private Row() {
        }

        /** Opens the next cell, of the column named by the message {@code labelKey}. */
        public Row cell(String labelKey) {
            close();
            html.append("<td data-label=\"").append(Html.escape(TableCells.this.message(labelKey))).append("\">");
            cellOpen = true;
            return this;
        }

        /** Opens the next cell with a class and a title (a status cell of a matrix). */
        public Row cell(String cssClass, String title) {
            close();
            html.append("<td class=\"").append(Html.escape(cssClass)).append("\" title=\"").append(Html.escape(title))
                    .append("\">");
            cellOpen = true;
            return this;
        }

        /** Text, escaped. */
        public Row text(Object text) {
            html.append(Html.escape(String.valueOf(text)));
            return this;
        }

        /** A message without arguments. */
        public Row message(String key) {
            return text(TableCells.this.message(key));
        }

        /** A message with its arguments, in the page's language. */
        public Row format(String key, Object... arguments) {
            return text(Texts.format(language, key, arguments));
        }

        /** A link with its text. */
        public Row link(String href, Object text) {
            return startLink(href).text(text).endLink();
        }

        /** Opens a link around what follows, up to {@link #endLink()}. */
        public Row startLink(String href) {
            html.append("<a href=\"").append(Html.escape(href)).append("\">");
            return this;
        }

        public Row endLink() {
            html.append("</a>");
            return this;
        }

        /** Text in a span of the class. */
        public Row span(String cssClass, Object text) {
            html.append("<span class=\"").append(Html.escape(cssClass)).append("\">").append(Html.escape(String.valueOf(text)))
                    .append("</span>");
            return this;
        }

        /** Text seen but not read aloud (a sign whose meaning follows for screen readers). */
        public Row hidden(Object text) {
            html.append("<span aria-hidden=\"true\">").append(Html.escape(String.valueOf(text))).append("</span>");
            return this;
        }

        public Row space() {
            html.append(' ');
            return this;
        }

        public Row small(Object text) {
            html.append("<small>").append(Html.escape(String.valueOf(text))).append("</small>");
            return this;
        }

        public Row strong(Object text) {
            html.append("<strong>").append(Html.escape(String.valueOf(text))).append("</strong>");
            return this;
        }

        public Row lineBreak() {
            html.append("<br/>");
            return this;
        }

        /** A submit button of the page's form, sending {@code name=value}, labelled by a message. */
        public Row button(String name, String value, String labelKey) {
            html.append("<button type=\"submit\" name=\"").append(Html.escape(name)).append("\" value=\"")
                    .append(Html.escape(value)).append("\">").append(Html.escape(TableCells.this.message(labelKey)))
                    .append("</button>");
            return this;
        }

        /** Opens a span of the class around what follows, up to {@link #endSpan()}. */
        public Row startSpan(String cssClass) {
            html.append("<span class=\"").append(Html.escape(cssClass)).append("\">");
            return this;
        }

        public Row endSpan() {
            html.append("</span>");
            return this;
        }

        /** The row's cells as HTML, the last one closed. */
        public String end() {
            close();
            return html.toString();
        }

        private void close() {
            if (cellOpen) {
                html.append("</td>");
                cellOpen = false;
            }
        }
    }
}
