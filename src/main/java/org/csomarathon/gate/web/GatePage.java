package org.csomarathon.gate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.gate.GateOverride;
import org.csomarathon.gate.GateService.ParticipantGate;
import org.csomarathon.gate.GateService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.PageMessages;

/**
 * The coordinator's view of the gate ({@code coordinator/gate.xhtml?cohort=}): every participant,
 * passed or not and why, and exceptions recorded with a reason, kept as an audit trail.
 */
@Named
@ViewScoped
public class GatePage extends OneCohortPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GateService gate;

    @Inject
    Viewer viewer;

    private Long accountId;
    private Boolean passed;
    @TextLimit(GateOverride.REASON_MAX)
    private String reason;
    private transient List<ParticipantGate> participants;
    private transient List<GateOverride> exceptions;

    public String recordException() {
        if (accountId == null || passed == null) {
            throw new BusinessException("gate.exception.choose");
        }
        gate.recordException(getCohortId(), accountId, passed, reason, viewer.getAccountId());
        PageMessages.info("gate.exception.recorded");
        return "/coordinator/gate.xhtml?faces-redirect=true&cohort=" + getCohortId();
    }

    public List<ParticipantGate> getParticipants() {
        if (participants == null) {
            participants = gate.overview(getCohortId());
        }
        return participants;
    }

    public long getPassedCount() {
        return getParticipants().stream().filter(p -> p.check().isPassed()).count();
    }

    public List<GateOverride> getExceptions() {
        if (exceptions == null) {
            exceptions = gate.exceptionsOf(getCohortId());
        }
        return exceptions;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public Boolean getPassed() {
        return passed;
    }

    public void setPassed(Boolean passed) {
        this.passed = passed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
