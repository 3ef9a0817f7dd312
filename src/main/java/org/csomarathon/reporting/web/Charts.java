package org.csomarathon.reporting.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, built as JSON (so names typed by people
 * are escaped, never pasted into script). Bars only: they read right on a phone and in print, and
 * every chart stands next to a table with the same numbers.
 */
final class Charts {

    /** The site's accent and a quieter second colour. */
    private static final List<String> COLOURS = List.of("#1f5fa8", "#8fb3dc");

    /** One series of bars with its name. */
    record Series(String label, List<? extends Number> values) {
    }

    private Charts() {
    }

    /** Bars along the labels, one colour per series; {@code horizontal} for long labels such as the funnel's steps. */
    static String bars(List<String> labels, List<Series> series, boolean horizontal) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.get(i).values().forEach(v -> data.add(v.doubleValue()));
            datasets.add(Json.createObjectBuilder()
                    .add("label", series.get(i).label())
                    .add("data", data)
                    .add("backgroundColor", COLOURS.get(i % COLOURS.size())));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", series.size() > 1)))
                .add("scales", Json.createObjectBuilder()
                        .add(horizontal ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
