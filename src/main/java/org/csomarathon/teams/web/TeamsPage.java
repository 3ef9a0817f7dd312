package org.csomarathon.teams.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.web.CohortPicker;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.platform.web.Feedback;
import org.csomarathon.teams.TeamService;
import org.csomarathon.teams.TeamService.Member;
import org.csomarathon.teams.TeamService.TeamCard;

/**
 * The coordinator forms the teams of a cohort ({@code coordinator/teams.xhtml?cohort=}): adds
 * participants by e-mail, creates teams, moves people between teams, or accepts a proposal that
 * keeps each organisation together and spreads the regions.
 */
@Named
@ViewScoped
public class TeamsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamService teams;

    @Inject
    transient CohortPicker picker;

    private Long cohortId;
    private String cohortName;
    private String email;
    private String teamName;
    private Long moveAccountId;
    private Long moveToTeamId;
    private Integer proposalSize = 4;
    private String proposalPrefix;
    private List<List<Member>> proposal = List.of();
    private transient List<TeamCard> cards;
    private transient List<Member> withoutTeam;

    public void load() throws IOException {
        Optional<Cohort> cohort = picker.pick(cohortId);
        if (cohort.isEmpty()) {
            Downloads.notFound();
            return;
        }
        cohortId = cohort.get().getId();
        cohortName = cohort.get().getName();
    }

    public String admit() {
        Account admitted = teams.admitByEmail(cohortId, email);
        Feedback.info("teams.participant.admitted", admitted.getFullName());
        return reload();
    }

    public String createTeam() {
        teams.createTeam(cohortId, teamName);
        Feedback.info("teams.team.created", teamName.strip());
        return reload();
    }

    public String move() {
        teams.move(cohortId, moveAccountId, moveToTeamId);
        Feedback.info("teams.moved");
        return reload();
    }

    /** Shows a balanced proposal for everyone without a team; nothing is formed until it is accepted. */
    public void propose() {
        proposal = teams.propose(cohortId, proposalSize == null ? 0 : proposalSize);
        if (proposal.isEmpty()) {
            Feedback.infoOnThisPage("teams.proposal.nobody");
        }
    }

    public String acceptProposal() {
        teams.formProposal(cohortId, proposalPrefix, proposal.stream()
                .map(team -> team.stream().map(Member::accountId).toList())
                .toList());
        Feedback.info("teams.proposal.formed", proposal.size());
        return reload();
    }

    private String reload() {
        return "/coordinator/teams.xhtml?faces-redirect=true&cohort=" + cohortId;
    }

    public List<TeamCard> getTeams() {
        if (cards == null) {
            cards = teams.teamsOf(cohortId);
        }
        return cards;
    }

    public List<Member> getWithoutTeam() {
        if (withoutTeam == null) {
            withoutTeam = teams.withoutTeam(cohortId);
        }
        return withoutTeam;
    }

    /** Every participant of the cohort, for the move form. */
    public List<Member> getParticipants() {
        List<Member> all = new ArrayList<>(getWithoutTeam());
        getTeams().forEach(t -> all.addAll(t.members()));
        all.sort(Comparator.comparing(Member::fullName));
        return all;
    }

    public List<List<Member>> getProposal() {
        return proposal;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public Long getMoveAccountId() {
        return moveAccountId;
    }

    public void setMoveAccountId(Long moveAccountId) {
        this.moveAccountId = moveAccountId;
    }

    public Long getMoveToTeamId() {
        return moveToTeamId;
    }

    public void setMoveToTeamId(Long moveToTeamId) {
        this.moveToTeamId = moveToTeamId;
    }

    public Integer getProposalSize() {
        return proposalSize;
    }

    public void setProposalSize(Integer proposalSize) {
        this.proposalSize = proposalSize;
    }

    public String getProposalPrefix() {
        return proposalPrefix;
    }

    public void setProposalPrefix(String proposalPrefix) {
        this.proposalPrefix = proposalPrefix;
    }
}
