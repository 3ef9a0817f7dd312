package org.csomarathon.submissions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.submissions.SubmissionService;

/**
 * A submitted version and its receipt ({@code submissions/version.xhtml?id=}): for the team's
 * members past and present and for coordinators; anyone else gets 404.
 */
@Named
@RequestScoped
public class VersionPage {

    @Inject
    SubmissionService submissions;

    @Inject
    Viewer viewer;

    private Long id;
    private SubmissionService.Version version;

    public void load() throws IOException {
        version = id == null ? null
                : submissions.findVersion(viewer.getAccountId(), viewer.getRoles(), id).orElse(null);
        if (version == null) {
            Downloads.notFound();
        }
    }

    public SubmissionService.Version getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
