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
import java.time.Instant;
import org.csomarathon.identity.Account;

/** One person present at one meeting, with who recorded it and when. */
@Entity
@Table(name = "meeting_attendance")
public class MeetingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private ExpertMeeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "marked_by")
    private Account markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected MeetingAttendance() {
    }

    public MeetingAttendance(ExpertMeeting meeting, Account person, Account markedBy, Instant markedAt) {
        this.meeting = meeting;
        this.person = person;
        this.markedBy = markedBy;
        this.markedAt = markedAt;
    }

}
