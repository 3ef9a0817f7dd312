package org.csomarathon.teams.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.teams.Team;
import org.csomarathon.teams.TeamService.Member;
import org.csomarathon.teams.TeamService.TeamCard;
import org.csomarathon.teams.TeamService;

/**
 * The coordinator forms the teams of a cohort ({@code coordinator/teams.xhtml?cohort=}): adds
 * participants by e-mail, creates teams, moves people between teams, or accepts a proposal that
 * keeps each organisation together and spreads the regions.
 */
@Named
@ViewScoped
public class TeamsPage extends OneCohortPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamService teams;

    private String email;
    @TextLimit(Team.NAME_MAX)
    private String teamName;
    private Long moveAccountId;
    private Long moveToTeamId;
    private Integer proposalSize = 4;
    private String proposalPrefix;
    private List<List<Member>> proposal = List.of();
    private transient List<TeamCard> cards;
    private transient List<Member> withoutTeam;

    public String admit() {
        Account admitted = teams.admitByEmail(getCohortId(), email);
        PageMessages.info("teams.participant.admitted", admitted.getFullName());
        return reload();
    }

    public String createTeam() {
        teams.createTeam(getCohortId(), teamName);
        PageMessages.info("teams.team.created", teamName.strip());
        return reload();
    }

    public String move() {
        teams.move(getCohortId(), moveAccountId, moveToTeamId);
        PageMessages.info("teams.moved");
        return reload();
    }

    /** Shows a balanced proposal for everyone without a team; nothing is formed until it is accepted. */
    public void propose() {
        proposal = teams.propose(getCohortId(), proposalSize == null ? 0 : proposalSize);
        if (proposal.isEmpty()) {
            PageMessages.infoOnThisPage("teams.proposal.nobody");
        }
    }

    public String acceptProposal() {
        teams.formProposal(getCohortId(), proposalPrefix, proposal.stream()
                .map(team -> team.stream().map(Member::accountId).toList())
                .toList());
        PageMessages.info("teams.proposal.formed", proposal.size());
        return reload();
    }

    private String reload() {
        return "/coordinator/teams.xhtml?faces-redirect=true&cohort=" + getCohortId();
    }

    public List<TeamCard> getTeams() {
        if (cards == null) {
            cards = teams.teamsOf(getCohortId());
        }
        return cards;
    }

    public List<Member> getWithoutTeam() {
        if (withoutTeam == null) {
            withoutTeam = teams.withoutTeam(getCohortId());
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
