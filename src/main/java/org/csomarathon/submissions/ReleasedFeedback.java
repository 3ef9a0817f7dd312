package org.csomarathon.submissions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.StoredFile;

/**
 * An expert's feedback on a version, as the team reads it once it is released: the decision, the
 * points per rubric criterion, the comment and the expert's files. Review keeps it and provides it
 * through a {@link Source}, so that the pages of submissions show it without knowing review.
 */
public interface ReleasedFeedback {

    Outcome getDecision();

    /** Points given per criterion id; empty for work without a rubric. */
    Map<Long, Integer> getScores();

    int getTotal();

    String getCommentHtml();

    Account getExpert();

    Instant getReleasedAt();

    List<? extends File> getFiles();

    Long getId();

    /** Whether the expert proposes the work as an example for stage 2's programme. */
    boolean isExample();

    /** The team's answer to that: GIVEN, REFUSED, or null before they answer. */
    String getExampleConsent();

    /** A file attached to the feedback, offered at {@code submissions/feedback-file?id=}. */
    interface File {

        Long getId();

        StoredFile getStored();
    }

    /** Where the released feedback comes from. */
    interface Source {

        /** The released feedback on the versions of one submission, by version id. */
        Map<Long, ? extends ReleasedFeedback> releasedFor(long submissionId);
    }
}
