package org.csomarathon.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may review an application, and the automatic assignment: each application gets reviewers
 * until {@value #PER_APPLICATION} take part, the one with the fewest applications in the cohort
 * first (the lower id on equal load). Nobody reviews their own application or their own
 * organisation's, or one they declared a conflict of interest on.
 */
public final class ReviewerAssignment {

    public static final int PER_APPLICATION = 2;

    /** A reviewer and the organisation they work at, if any. */
    public record Reviewer(long accountId, Long organisationId) {
    }

    /** An application with its applicant, organisation, active reviewers and those who declared a conflict. */
    public record Need(long applicationId, long applicantId, Long organisationId, Set<Long> reviewers,
                       Set<Long> conflicted) {
    }

    public record Pair(long applicationId, long reviewerId) {
    }

    /** What the automatic assignment did: the new pairs, and the applications still short of reviewers. */
    public record Result(List<Pair> pairs, List<Long> shortOfReviewers) {
    }

    private ReviewerAssignment() {
    }

    /** Why the reviewer may not review the application: a message key, or empty when they may. */
    public static Optional<String> refusal(Reviewer reviewer, Need need) {
        if (reviewer.accountId() == need.applicantId()) {
            return Optional.of("selection.assign.ownApplication");
        }
        if (reviewer.organisationId() != null && Objects.equals(reviewer.organisationId(), need.organisationId())) {
            return Optional.of("selection.assign.ownOrganisation");
        }
        if (need.conflicted().contains(reviewer.accountId())) {
            return Optional.of("selection.assign.conflict");
        }
        if (need.reviewers().contains(reviewer.accountId())) {
            return Optional.of("selection.assign.already");
        }
        return Optional.empty();
    }

    /** {@code load}: how many applications of the cohort each reviewer has now. */
    public static Result assign(List<Need> needs, List<Reviewer> reviewers, Map<Long, Integer> load) {
        Map<Long, Integer> current = new HashMap<>(load);
        List<Pair> pairs = new ArrayList<>();
        List<Long> shortOfReviewers = new ArrayList<>();
        for (Need need : needs) {
            int missing = PER_APPLICATION - need.reviewers().size();
            List<Reviewer> chosen = new ArrayList<>();
            for (int i = 0; i < missing; i++) {
                Optional<Reviewer> next = reviewers.stream()
                        .filter(r -> refusal(r, need).isEmpty() && !chosen.contains(r))
                        .min(Comparator.<Reviewer>comparingInt(r -> current.getOrDefault(r.accountId(), 0))
                                .thenComparingLong(Reviewer::accountId));
                if (next.isEmpty()) {
                    shortOfReviewers.add(need.applicationId());
                    break;
                }
                chosen.add(next.get());
                current.merge(next.get().accountId(), 1, Integer::sum);
                pairs.add(new Pair(need.applicationId(), next.get().accountId()));
            }
        }
        return new Result(pairs, shortOfReviewers);
    }
}
