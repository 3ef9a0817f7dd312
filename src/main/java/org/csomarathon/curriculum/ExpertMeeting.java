package org.csomarathon.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.WebLink;

/** A module's online meeting with an expert. Its link is shown to participants from an hour before. */
@Entity
@Table(name = "expert_meeting")
public class ExpertMeeting {

    public static final Duration LINK_SHOWN_BEFORE = Duration.ofHours(1);
    public static final int SHORTEST_MINUTES = 15;
    public static final int LONGEST_MINUTES = 480;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private WeeklyModule module;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expert_id")
    private Account expert;

    @Column(name = "link", nullable = false, length = WebLink.MAX)
    private String link;

    @Column(name = "recording_link", length = WebLink.MAX)
    private String recordingLink;

    @Version
    private int version;

    protected ExpertMeeting() {
    }

    public ExpertMeeting(WeeklyModule module, Instant startsAt, int durationMinutes, Account expert, WebLink link) {
        this.module = module;
        plan(startsAt, durationMinutes, expert, link);
    }

    /** Sets when, with whom and where; refused with a reason for a duration out of range. */
    public void plan(Instant startsAt, int durationMinutes, Account expert, WebLink link) {
        if (startsAt == null) {
            throw new BusinessException("curriculum.meeting.startsAt.required");
        }
        if (durationMinutes < SHORTEST_MINUTES || durationMinutes > LONGEST_MINUTES) {
            throw new BusinessException("curriculum.meeting.duration.range", SHORTEST_MINUTES, LONGEST_MINUTES);
        }
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.expert = expert;
        this.link = link.value();
    }

    /** The recording, added afterwards; blank removes it. */
    public void recordedAt(String recordingLink) {
        this.recordingLink = WebLink.optional(recordingLink);
    }

    /** Whether participants may see the meeting link at {@code now}: from an hour before the start. */
    public boolean linkVisibleAt(Instant now) {
        return !now.isBefore(startsAt.minus(LINK_SHOWN_BEFORE));
    }

    /** Whether the meeting is over at {@code now}: its start and its length have passed. */
    public boolean isOverAt(Instant now) {
        return !now.isBefore(startsAt.plus(Duration.ofMinutes(durationMinutes)));
    }

    public boolean isHostedBy(long accountId) {
        return expert.getId() == accountId;
    }

    public Long getId() {
        return id;
    }

    public WeeklyModule getModule() {
        return module;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Account getExpert() {
        return expert;
    }

    public String getLink() {
        return link;
    }

    public String getRecordingLink() {
        return recordingLink;
    }

    public int getVersion() {
        return version;
    }
}
