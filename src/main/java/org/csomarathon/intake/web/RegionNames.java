package org.csomarathon.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.intake.Region;

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

    public String of(String code) {
        Region region = code == null ? null : regions().get(code);
        return region == null ? (code == null ? "" : code) : region.getName(viewer.getLanguage());
    }

    private Map<String, Region> regions() {
        if (byCode == null) {
            byCode = intake.regions().stream().collect(Collectors.toUnmodifiableMap(Region::getCode, Function.identity()));
        }
        return byCode;
    }
}
