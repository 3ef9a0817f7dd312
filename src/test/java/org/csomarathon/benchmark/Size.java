package org.csomarathon.benchmark;

/**
 * The named sizes of generated data (quality.md): cohorts, teams per cohort and members per team
 * (participants follow), experts, application reviewers, and applicants beyond the admitted per
 * cohort; each cohort has six modules of two assignments.
 */
public enum Size {
    S(1, 10, 4, 3, 2, 20),
    M(5, 40, 5, 10, 6, 100),
    L(20, 100, 5, 40, 20, 250);

    public static final int MODULES = 6;
    public static final int ASSIGNMENTS_PER_MODULE = 2;

    final int cohorts;
    final int teamsPerCohort;
    final int membersPerTeam;
    final int experts;
    final int reviewers;
    final int otherApplicantsPerCohort;

    Size(int cohorts, int teamsPerCohort, int membersPerTeam, int experts, int reviewers, int otherApplicantsPerCohort) {
        this.cohorts = cohorts;
        this.teamsPerCohort = teamsPerCohort;
        this.membersPerTeam = membersPerTeam;
        this.experts = experts;
        this.reviewers = reviewers;
        this.otherApplicantsPerCohort = otherApplicantsPerCohort;
    }

    int participantsPerCohort() {
        return teamsPerCohort * membersPerTeam;
    }

    int participants() {
        return cohorts * participantsPerCohort();
    }

    int otherApplicants() {
        return cohorts * otherApplicantsPerCohort;
    }
}
