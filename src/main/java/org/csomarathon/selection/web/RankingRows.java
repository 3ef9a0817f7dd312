package org.csomarathon.selection.web;

import org.csomarathon.intake.Decision;
import org.csomarathon.intake.web.RegionNames;
import org.csomarathon.platform.Html;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.web.TableCells;
import org.csomarathon.selection.SelectionRanking;

/**
 * The ranking's rows as HTML, written here rather than by some thirty expressions and three command
 * buttons per row (fifty rows a page, the page's largest cost). Names, organisations and regions are
 * escaped. A row's decision buttons are plain submit buttons of the page's form, all named
 * {@value #DECIDE} with the value {@code application:decision}; the form's one command of that name
 * ({@link SelectionPage#decide()}) takes the decision.
 */
final class RankingRows {

    /** The name every decision button sends: the client id of the form's decision command. */
    static final String DECIDE = "decisions:decide";

    private final Language language;
    private final String applications;
    private final RegionNames regionNames;
    private final boolean published;
    private final TableCells cells;

    RankingRows(Language language, String contextPath, RegionNames regionNames, boolean published) {
        this.language = language;
        this.applications = contextPath + "/coordinator/application.xhtml?id=";
        this.regionNames = regionNames;
        this.published = published;
        this.cells = new TableCells(language);
    }

    /** The row's cells: place, name, organisation, the reviewers' mean, bonus, total, decision and its buttons. */
    String cells(SelectionPage.Row row) {
        SelectionRanking.Place p = row.place();
        SelectionRanking.Candidate c = p.candidate();
        String d = row.decision();
        StringBuilder html = new StringBuilder(1200);
        cells.cell(html, "stage2.place").append(p.isScored() ? String.valueOf(p.place()) : "—");
        if (p.shared()) {
            html.append(" <span class=\"badge\">").append(cells.label("stage2.sharedPlace.yes")).append("</span>");
        }
        cells.cell(html, "common.name").append("<a href=\"").append(applications).append(c.applicationId()).append("\">")
                .append(Html.escape(c.fullName())).append("</a>");
        cells.cell(html, "intake.field.organisationName").append(Html.escape(c.organisation())).append("<br/><small>")
                .append(Html.escape(regionNames.of(c.region()))).append("</small>");
        cells.cell(html, "selection.reviewersMean").append(p.isScored() ? String.valueOf(p.reviewersMean()) : "—")
                .append(" <small>").append(Html.escape(Texts.format(language, "selection.scoredOf", c.scores().size(),
                        c.reviewers()))).append("</small>");
        if (p.spreadFlagged()) {
            html.append(" <span class=\"badge badge--warning\">")
                    .append(Html.escape(Texts.format(language, "selection.spread", p.spread().toPlainString()))).append("</span>");
        }
        cells.cell(html, "selection.bonus").append(p.isScored() ? String.valueOf(p.bonus()) : "—");
        cells.cell(html, "selection.total").append("<strong>").append(p.isScored() ? String.valueOf(p.total()) : "—")
                .append("</strong>");
        cells.cell(html, "selection.decision").append(d.isEmpty() ? "" : cells.label("selection.decision." + d))
                .append("<span class=\"row__actions\">");
        boolean finalAdmission = Decision.ADMITTED.name().equals(d) && published;
        button(html, c.applicationId(), Decision.ADMITTED, "selection.admit", !Decision.ADMITTED.name().equals(d));
        button(html, c.applicationId(), Decision.WAITLISTED, "selection.waitlist", !Decision.WAITLISTED.name().equals(d) && !finalAdmission);
        button(html, c.applicationId(), Decision.REJECTED, "selection.reject", !Decision.REJECTED.name().equals(d) && !finalAdmission);
        return cells.end(html.append("</span>"));
    }

    private void button(StringBuilder html, long applicationId, Decision decision, String label, boolean shown) {
        if (shown) {
            html.append("<button type=\"submit\" name=\"").append(DECIDE).append("\" value=\"").append(applicationId).append(':')
                    .append(decision.name()).append("\">").append(cells.label(label)).append("</button>");
        }
    }
}
