package org.csomarathon.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.csomarathon.certificates.Certificates;
import org.csomarathon.identity.web.Viewer;

/** Whether the signed-in person has a certificate of stage 2 to download, for their home. */
@Named
@RequestScoped
public class MyCertificates {

    @Inject
    Certificates certificates;

    @Inject
    Viewer viewer;

    private Boolean stage2;

    public boolean isStage2() {
        if (stage2 == null) {
            stage2 = viewer.isSignedIn() && certificates.stage2Of(viewer.getAccountId()).isPresent();
        }
        return stage2;
    }
}
