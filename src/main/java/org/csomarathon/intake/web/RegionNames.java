package org.csomarathon.intake.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.intake.Region;

/** A region's name from its code, in the viewer's language (regions are cached reference data). */
@Named
@RequestScoped
public class RegionNames {

    @Inject
    IntakeService intake;

    @Inject
    Viewer viewer;

    public String of(String code) {
        return intake.findRegion(code).map((Region r) -> r.getName(viewer.getLanguage())).orElse(code == null ? "" : code);
    }
}
