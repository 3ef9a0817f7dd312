package org.csomarathon.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;

/**
 * Which cohort a coordinator's page shows: the one in its address ({@code ?cohort=}), remembered for
 * the session; without one, the cohort chosen before in the session, else the current cohort. The
 * layout offers every cohort to switch to on a page that picked one. One statement per request: the
 * cohorts are read once, for the pick and the list together.
 */
@Named
@RequestScoped
public class CohortPicker {

    private static final String CHOSEN = CohortPicker.class.getName() + ".chosen";

    @Inject
    CohortService cohorts;

    @Inject
    Clock clock;

    private List<Cohort> all;
    private Cohort picked;

    /** The page's cohort; empty when the address names one that does not exist (the page answers 404). */
    public Optional<Cohort> pick(Long requestedId) {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        Optional<Cohort> cohort;
        if (requestedId != null) {
            cohort = byId(requestedId);
        } else {
            Object chosen = session.get(CHOSEN);
            cohort = chosen instanceof Long id ? byId(id) : Optional.empty();
            cohort = cohort.isPresent() ? cohort : Cohort.current(getCohorts(), clock.instant());
        }
        cohort.ifPresent(c -> session.put(CHOSEN, c.getId()));
        picked = cohort.orElse(null);
        return cohort;
    }

    /** The same, from the cohorts the page has read already (no second statement). */
    public Optional<Cohort> pick(Long requestedId, List<Cohort> everyCohort) {
        all = everyCohort;
        return pick(requestedId);
    }

    /** Whether this page picked a cohort, so the layout shows the picker. */
    public boolean isShown() {
        return picked != null;
    }

    public Long getPickedId() {
        return picked == null ? null : picked.getId();
    }

    /** Every cohort, the newest year first. */
    public List<Cohort> getCohorts() {
        if (all == null) {
            all = cohorts.all();
        }
        return all;
    }

    private Optional<Cohort> byId(long id) {
        return getCohorts().stream().filter(c -> c.getId() == id).findFirst();
    }
}
