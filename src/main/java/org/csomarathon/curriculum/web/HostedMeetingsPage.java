package org.csomarathon.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.curriculum.ExpertMeeting;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.identity.web.Viewer;

/** The meetings the signed-in expert hosts, newest first. */
@Named
@RequestScoped
public class HostedMeetingsPage {

    @Inject
    MeetingService meetings;

    @Inject
    Viewer viewer;

    private List<ExpertMeeting> hosted;

    public List<ExpertMeeting> getMeetings() {
        if (hosted == null) {
            hosted = meetings.hostedBy(viewer.getAccountId());
        }
        return hosted;
    }
}
