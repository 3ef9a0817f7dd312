package org.csomarathon.alumni.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.csomarathon.alumni.Alumni;
import org.csomarathon.alumni.GraduatesFile;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.web.PageMessages;

/**
 * The coordinator's import of earlier graduates ({@code coordinator/alumni.xhtml}): a CSV or XLSX of
 * name, e-mail, year, organisation and region; the report of rows added, matched and refused stays
 * on the page.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Alumni alumni;

    @Inject
    Viewer viewer;

    private transient Part file;
    private Integer added;
    private Integer matched;
    private List<String> refused = List.of();

    public void importFile() throws IOException {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            throw new BusinessException("alumni.import.fileRequired");
        }
        List<GraduatesFile.Row> rows;
        try (InputStream in = file.getInputStream()) {
            rows = GraduatesFile.read(file.getSubmittedFileName(), in);
        }
        Alumni.ImportReport report = alumni.importGraduates(rows);
        added = report.added();
        matched = report.matched();
        refused = report.refused().stream().map(r -> Texts.format(viewer.getLanguage(), "alumni.import.row", r.row(),
                Texts.format(viewer.getLanguage(), r.key(), r.arguments()))).toList();
        PageMessages.infoOnThisPage("alumni.import.done", added, matched, refused.size());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Integer getAdded() {
        return added;
    }

    public Integer getMatched() {
        return matched;
    }

    public List<String> getRefused() {
        return refused;
    }
}
