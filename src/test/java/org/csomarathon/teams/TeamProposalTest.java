package org.csomarathon.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.csomarathon.intake.Region;
import org.csomarathon.teams.TeamService.Member;
import org.junit.jupiter.api.Test;

/** The automatic proposal: organisations together, regions spread, sizes even. */
class TeamProposalTest {

    private static Region region(String code) {
        return new Region() {
            @Override
            public String getCode() {
                return code;
            }
        };
    }

    private static final Region NOVOSIBIRSK = region("54");
    private static final Region KAZAN = region("16");

    private static Member member(long id, String organisation, Region region) {
        return new Member(id, "Person " + id, id + "@example.org", "", organisation, region);
    }

    @Test
    void colleaguesOfOneOrganisationEndUpInOneTeam() {
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(member(i, "Org " + (i / 2), i % 4 < 2 ? NOVOSIBIRSK : KAZAN));
        }
        List<List<Member>> teams = TeamProposal.balance(people, 4);
        assertEquals(3, teams.size());
        Map<String, Long> teamsPerOrganisation = teams.stream()
                .flatMap(t -> t.stream().map(Member::organisation).distinct())
                .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        assertTrue(teamsPerOrganisation.values().stream().allMatch(n -> n == 1), teamsPerOrganisation.toString());
        assertTrue(teams.stream().allMatch(t -> t.size() == 4), teams.toString());
    }

    @Test
    void regionsAreSpreadOverTheTeams() {
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(member(i, "Org " + i, i < 4 ? NOVOSIBIRSK : KAZAN));
        }
        for (List<Member> team : TeamProposal.balance(people, 4)) {
            long fromNovosibirsk = team.stream().filter(m -> m.region() == NOVOSIBIRSK).count();
            assertEquals(2, fromNovosibirsk, team.toString());
        }
    }

    @Test
    void peopleWithoutAnOrganisationAreNotLumpedTogether() {
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(member(i, "", null));
        }
        List<List<Member>> teams = TeamProposal.balance(people, 4);
        assertEquals(List.of(4, 4), teams.stream().map(List::size).toList());
    }

    @Test
    void nobodyToPlaceGivesNoTeams() {
        assertTrue(TeamProposal.balance(List.of(), 4).isEmpty());
    }
}
