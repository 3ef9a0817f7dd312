package org.csomarathon.selection.web;

import org.csomarathon.intake.Decision;
import org.csomarathon.intake.web.RegionNames;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.web.TableCells;
import org.csomarathon.selection.SelectionRanking;

/**
 * The ranking's rows as HTML, written here rather than by some thirty expressions and three command
 * buttons per row (fifty rows a page, the page's largest cost), through {@link TableCells}, which
 * escapes everything it is given. A row's decision buttons are plain submit buttons of the page's form, all named
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
        TableCells.Row html = cells.row();
        html.cell("stage2.place").text(p.isScored() ? String.valueOf(p.place()) : "—");
        if (p.shared()) {
            html.space().span("badge", Texts.format(language, "stage2.sharedPlace.yes"));
        }
        html.cell("common.name").link(applications + c.applicationId(), c.fullName());
        html.cell("intake.field.organisationName").text(c.organisation()).lineBreak().small(regionNames.of(c.region()));
        html.cell("selection.reviewersMean").text(p.isScored() ? String.valueOf(p.reviewersMean()) : "—")
                .space().small(Texts.format(language, "selection.scoredOf", c.scores().size(), c.reviewers()));
        if (p.spreadFlagged()) {
            html.space().span("badge badge--warning", Texts.format(language, "selection.spread", p.spread().toPlainString()));
        }
        html.cell("selection.bonus").text(p.isScored() ? String.valueOf(p.bonus()) : "—");
        html.cell("selection.total").strong(p.isScored() ? String.valueOf(p.total()) : "—");
        html.cell("selection.decision");
        if (!d.isEmpty()) {
            html.message("selection.decision." + d);
        }
        html.startSpan("row__actions");
        boolean finalAdmission = Decision.ADMITTED.name().equals(d) && published;
        button(html, c.applicationId(), Decision.ADMITTED, "selection.admit", !Decision.ADMITTED.name().equals(d));
        button(html, c.applicationId(), Decision.WAITLISTED, "selection.waitlist", !Decision.WAITLISTED.name().equals(d) && !finalAdmission);
        button(html, c.applicationId(), Decision.REJECTED, "selection.reject", !Decision.REJECTED.name().equals(d) && !finalAdmission);
        return html.endSpan().end();
    }

    private static void button(TableCells.Row html, long applicationId, Decision decision, String label, boolean shown) {
        if (shown) {
            html.button(DECIDE, applicationId + ":" + decision.name(), label);
        }
    }
}
