package org.csomarathon.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.intake.Region;
import org.csomarathon.platform.Language;

/**
 * A region's name from its code, in the viewer's language. The federal subjects are reference data
 * that only a migration changes: they are read once, not looked up for every row of a page.
 */
@Named
@ApplicationScoped
public class RegionNames {

    @Inject
    IntakeService intake;

    @Inject
    Viewer viewer;

    private volatile Map<String, Region> byCode;
    private volatile List<Region> inOrder;

    public String of(String code) {
        Region region = code == null ? null : regions().get(code);
        return region == null ? (code == null ? "" : code) : region.getName(viewer.getLanguage());
    }

    /** Every region as a choice of a form, by code, named in the viewer's language (no expression per option). */
    public List<SelectItem> choices() {
        if (inOrder == null) {
            inOrder = regions().values().stream().sorted(Comparator.comparing(Region::getCode)).toList();
        }
        Language language = viewer.getLanguage();
        return inOrder.stream().map(r -> new SelectItem(r.getCode(), r.getName(language))).toList();
    }

    private Map<String, Region> regions() {
        if (byCode == null) {
            byCode = intake.regions().stream().collect(Collectors.toUnmodifiableMap(Region::getCode, Function.identity()));
        }
        return byCode;
    }
}
