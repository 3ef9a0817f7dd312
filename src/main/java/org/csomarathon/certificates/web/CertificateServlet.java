package org.csomarathon.certificates.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.csomarathon.certificates.Certificate;
import org.csomarathon.certificates.Certificates;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.Language;
import org.csomarathon.teams.web.OwnTeam;

/**
 * Certificates as files and the public check of one:
 * {@code /participant/certificate.pdf} (the signed-in participant's own of stage 1 of their cohort, or
 * {@code ?stage=2} of the stage 2 they took part in; {@code ?lang=en} in English), {@code /coordinator/certificates.zip?cohort=} (everyone's of a cohort, coordinators only,
 * as everything under /coordinator/), and {@code /certificate/CODE}, which shows the verification page.
 * Anything else, and a person who did not complete stage 1, gets 404.
 */
@WebServlet({"/participant/certificate.pdf", "/coordinator/certificates.zip", "/certificate/*"})
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient OwnTeam ownTeam;

    @Inject
    transient Viewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Language language = "en".equals(request.getParameter("lang")) ? Language.EN
                : "ru".equals(request.getParameter("lang")) ? Language.RU : viewer.getLanguage();
        switch (request.getServletPath()) {
            case "/participant/certificate.pdf" -> {
                Optional<Certificate> own = "2".equals(request.getParameter("stage")) ? certificates.stage2Of(viewer.getAccountId())
                        : ownTeam.cohortId().flatMap(c -> certificates.stage1Of(viewer.getAccountId(), c));
                if (own.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                send(response, "application/pdf", "certificate-" + own.get().getCode() + ".pdf",
                        certificates.pdf(own.get(), language));
            }
            case "/coordinator/certificates.zip" -> {
                String cohort = request.getParameter("cohort");
                Optional<Long> id = cohort != null && cohort.matches("\\d{1,18}")
                        ? cohorts.findById(Long.parseLong(cohort)).map(c -> c.getId()) : Optional.empty();
                if (id.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                send(response, "application/zip", "certificates-" + id.get() + ".zip",
                        certificates.zip(certificates.stage1OfCohort(id.get()), language));
            }
            default -> {
                String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
                if (!Certificate.looksLikeACode(code)) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                request.getRequestDispatcher("/certificate.xhtml?code=" + code).forward(request, response);
            }
        }
    }

    private static void send(HttpServletResponse response, String type, String name, byte[] bytes) throws IOException {
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(bytes);
    }
}
