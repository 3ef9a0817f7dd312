package org.csomarathon.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.csomarathon.certificates.Certificates;
import org.csomarathon.platform.web.NotFound;

/**
 * The public check of a certificate ({@code /certificate/CODE}): the name, the programme and the
 * year, and nothing more; 404 for a code no certificate has.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Certificates certificates;

    private String code;
    private Certificates.Verified verified;

    public void load() throws IOException {
        verified = certificates.verify(code).orElse(null);
        if (verified == null) {
            NotFound.answer();
        }
    }

    public Certificates.Verified getVerified() {
        return verified;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
