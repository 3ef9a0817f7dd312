package org.csomarathon.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.csomarathon.curriculum.CurriculumService;
import org.csomarathon.curriculum.ExpertMeeting;
import org.csomarathon.curriculum.Material;
import org.csomarathon.curriculum.MaterialService;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.curriculum.ThisWeek;
import org.csomarathon.curriculum.WeeklyModule;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.teams.web.OwnTeam;

/**
 * The participant's modules: the list of their cohort's weeks, and one module (?id=). Before a
 * module opens only its title and opening time are given; a module of another cohort is not
 * found at all.
 */
@Named
@RequestScoped
public class StudyPage {

    @Inject
    CurriculumService curriculum;

    @Inject
    OwnTeam ownTeam;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @Inject
    MeetingService meetings;

    @Inject
    MaterialService materials;

    private Long id;
    private WeeklyModule module;
    private List<WeeklyModule> modules;
    private List<ExpertMeeting> moduleMeetings;
    private List<Material> moduleMaterials;
    private ThisWeek thisWeek;

    /** View action of the module page: 404 unless the module belongs to the participant's cohort. */
    public void loadModule() throws IOException {
        Optional<WeeklyModule> found = id == null ? Optional.empty()
                : curriculum.findForParticipant(viewer.getAccountId(), id);
        if (found.isEmpty()) {
            NotFound.answer();
            return;
        }
        module = found.get();
    }

    /** The weeks of the participant's cohort, in order; empty until they are in a team. */
    public List<WeeklyModule> getModules() {
        if (modules == null) {
            modules = cohortId().map(curriculum::modulesOf).orElse(List.of());
        }
        return modules;
    }

    /** The participant's week: current module, next opening, next meeting. */
    public ThisWeek getThisWeek() {
        if (thisWeek == null) {
            List<ExpertMeeting> cohortMeetings = cohortId().map(meetings::ofCohort).orElse(List.of());
            thisWeek = ThisWeek.of(getModules(), cohortMeetings, clock.instant());
        }
        return thisWeek;
    }

    private Optional<Long> cohortId() {
        return ownTeam.cohortId();
    }

    public boolean isOpen(WeeklyModule m) {
        return m.isOpenAt(clock.instant());
    }

    /** The module's meetings; shown only while the module is open, like the rest of it. */
    public List<ExpertMeeting> getMeetings() {
        if (moduleMeetings == null) {
            moduleMeetings = module != null && isOpen(module) ? meetings.meetingsOf(module.getId()) : List.of();
        }
        return moduleMeetings;
    }

    /** The module's materials; like the rest of it, only once it is open. */
    public List<Material> getMaterials() {
        if (moduleMaterials == null) {
            moduleMaterials = module != null && isOpen(module) ? materials.materialsOf(module.getId()) : List.of();
        }
        return moduleMaterials;
    }

    public boolean isLinkVisible(ExpertMeeting meeting) {
        return meeting.linkVisibleAt(clock.instant());
    }

    /** Whether the meeting is over: then it offers its recording, not the link to join. */
    public boolean isOver(ExpertMeeting meeting) {
        return meeting.isOverAt(clock.instant());
    }

    public WeeklyModule getModule() {
        return module;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
