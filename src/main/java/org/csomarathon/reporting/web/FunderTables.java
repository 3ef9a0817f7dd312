package org.csomarathon.reporting.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.csomarathon.intake.Region;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Spreadsheet;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.Times;
import org.csomarathon.reporting.FunderReport;

/** The funder's report as sheets of a workbook: the summary, regions, organisations, assignments, meetings. */
final class FunderTables {

    private FunderTables() {
    }

    static List<Spreadsheet> of(FunderReport.Report r, Language language, ZoneId zone) {
        List<Spreadsheet> sheets = new ArrayList<>();
        sheets.add(new Spreadsheet(text(language, "funder.summary"), headers(language, "funder.figure", "funder.value"), List.of(
                List.of(text(language, "funder.cohort"), r.cohort().getName()),
                List.of(text(language, "funder.participants"), r.participants()),
                List.of(text(language, "funder.teams"), r.teams()),
                List.of(text(language, "funder.passed"), r.passed()),
                List.of(text(language, "funder.passedPercent"), r.passedPercent()),
                List.of(text(language, "funder.meetingsHeld"), r.meetings().size()),
                List.of(text(language, "funder.attendancePercent"), r.attendancePercent()))));
        List<List<Object>> regions = new ArrayList<>();
        r.regions().forEach(x -> regions.add(List.of(regionName(x.region(), language), x.participants(), x.passed(),
                FunderReport.percent(x.passed(), x.participants()))));
        sheets.add(new Spreadsheet(text(language, "funder.regions"),
                headers(language, "intake.field.region", "funder.participants", "funder.passed", "funder.passedPercent"), regions));
        List<List<Object>> organisations = new ArrayList<>();
        r.organisations().forEach(x -> organisations.add(List.of(x.name() == null ? text(language, "funder.unknown") : x.name(),
                regionName(x.region(), language), x.participants(), x.passed())));
        sheets.add(new Spreadsheet(text(language, "funder.organisations"),
                headers(language, "funder.organisation", "intake.field.region", "funder.participants", "funder.passed"),
                organisations));
        List<List<Object>> assignments = new ArrayList<>();
        r.assignments().forEach(x -> assignments.add(List.of(x.title(), text(language, x.required() ? "common.yes" : "common.no"),
                x.teams(), x.handedIn(), x.accepted(), FunderReport.percent(x.accepted(), x.teams()))));
        sheets.add(new Spreadsheet(text(language, "funder.assignments"), headers(language, "funder.assignment",
                "funder.required", "funder.teams", "dashboard.handedIn", "dashboard.accepted", "funder.acceptedPercent"),
                assignments));
        List<List<Object>> meetings = new ArrayList<>();
        r.meetings().forEach(x -> meetings.add(List.of(Times.dateTime(x.startsAt(), zone, language), x.moduleNumber(),
                x.expert(), x.present(), FunderReport.percent(x.present(), x.participants()))));
        sheets.add(new Spreadsheet(text(language, "funder.meetings"), headers(language, "funder.meetingAt",
                "funder.module", "funder.expert", "funder.present", "funder.presentPercent"), meetings));
        return sheets;
    }

    static String regionName(Region region, Language language) {
        return region == null ? Texts.format(language, "funder.unknown") : region.getCode() + " " + region.getName(language);
    }

    private static List<String> headers(Language language, String... keys) {
        return List.of(keys).stream().map(k -> text(language, k)).toList();
    }

    private static String text(Language language, String key) {
        return Texts.format(language, key);
    }
}
