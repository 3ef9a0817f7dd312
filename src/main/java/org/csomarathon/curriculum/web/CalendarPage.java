package org.csomarathon.curriculum.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.csomarathon.curriculum.CalendarEvent;
import org.csomarathon.curriculum.CalendarFeed;
import org.csomarathon.curriculum.CalendarService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.Settings;
import org.csomarathon.platform.web.PageMessages;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/** The person's calendar in their own zone, and their personal iCal feed. */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarService calendar;

    @Inject
    transient Settings settings;

    @Inject
    transient Clock clock;

    @Inject
    Viewer viewer;

    private ScheduleModel model;
    private LocalDate initialDate;
    private String newFeedUrl;

    /** View action. */
    public void load() {
        List<CalendarEvent> events = calendar.eventsFor(viewer.getAccountId(), viewer.getRoles(), viewer.getLanguage());
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        DefaultScheduleModel schedule = new DefaultScheduleModel();
        for (CalendarEvent e : events) {
            schedule.addEvent(DefaultScheduleEvent.builder()
                    .id(e.uid())
                    .title(e.title())
                    .description(e.description())
                    .startDate(local(e.start()))
                    .endDate(local(e.end()))
                    .url(context + "/" + e.path())
                    .editable(false)
                    .build());
        }
        model = schedule;
        Instant now = clock.instant();
        initialDate = events.stream().map(CalendarEvent::start).filter(s -> s.isAfter(now)).findFirst()
                .map(s -> local(s).toLocalDate())
                .orElse(local(now).toLocalDate());
    }

    public void issueFeed() {
        String token = calendar.issueFeed(viewer.getAccountId());
        newFeedUrl = settings.baseUrl() + "calendar/feed.ics?token=" + token;
        PageMessages.infoOnThisPage("calendar.feed.issued");
    }

    public String revokeFeed() {
        calendar.revokeFeed(viewer.getAccountId());
        PageMessages.info("calendar.feed.revoked");
        return "/account/calendar.xhtml?faces-redirect=true";
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, viewer.getZone());
    }

    public boolean isFeedActive() {
        return calendar.findFeed(viewer.getAccountId()).isPresent();
    }

    public Instant getFeedCreatedAt() {
        return calendar.findFeed(viewer.getAccountId()).map(CalendarFeed::getCreatedAt).orElse(null);
    }

    public ScheduleModel getModel() {
        return model;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public String getNewFeedUrl() {
        return newFeedUrl;
    }
}
