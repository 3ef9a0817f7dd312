package org.csomarathon.notifications;

import org.csomarathon.platform.Html;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;

/**
 * The body of an e-mail, as plain text and as simple HTML with the same words: a greeting, the
 * message (paragraphs split at blank lines), the link to act on, and a footer that says where to
 * choose which e-mails arrive.
 */
record MailText(Language language, String name, String message, String link, String preferencesLink) {

    String plain() {
        return Texts.format(language, "mail.greeting", name) + "\n\n" + message + "\n\n" + link + "\n\n-- \n"
                + Texts.format(language, "mail.footer", preferencesLink) + "\n";
    }

    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.code()).append("\"><body>")
                .append("<p>").append(Html.escape(Texts.format(language, "mail.greeting", name))).append("</p>");
        for (String paragraph : message.split("\\n\\s*\\n")) {
            html.append("<p>").append(Html.escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return html.append("<p><a href=\"").append(Html.escape(link)).append("\">").append(Html.escape(Texts.format(language, "mail.open")))
                .append("</a></p><hr><p style=\"color:#555;font-size:90%\">")
                .append(Html.escape(Texts.format(language, "mail.footer", preferencesLink))).append("</p></body></html>")
                .toString();
    }
}
