package org.csomarathon.teams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csomarathon.teams.TeamService.Member;

/**
 * An automatic proposal of teams: members of one organisation stay together, regions are spread
 * over the teams, and team sizes differ by as little as the organisations allow. Deterministic:
 * the same people give the same proposal.
 */
public final class TeamProposal {

    private TeamProposal() {
    }

    /** Teams of about {@code size} people, in the order they are to be named. */
    public static List<List<Member>> balance(List<Member> people, int size) {
        if (people.isEmpty()) {
            return List.of();
        }
        int count = Math.max(1, (int) Math.round((double) people.size() / size));
        Map<String, List<Member>> byOrganisation = new LinkedHashMap<>();
        people.stream()
                .sorted(Comparator.comparing(Member::organisation).thenComparing(Member::fullName))
                .forEach(p -> byOrganisation.computeIfAbsent(organisationOf(p), o -> new ArrayList<>()).add(p));
        List<List<Member>> groups = new ArrayList<>(byOrganisation.values());
        // Largest organisations first, so that the small ones even out the sizes.
        groups.sort(Comparator.comparingInt((List<Member> g) -> -g.size()));
        List<List<Member>> teams = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            teams.add(new ArrayList<>());
        }
        for (List<Member> group : groups) {
            String region = regionOf(group.get(0));
            List<Member> target = teams.stream()
                    .min(Comparator.comparingInt((List<Member> t) -> t.size() + group.size() > size ? 1 : 0)
                            .thenComparingLong(t -> t.stream().filter(m -> regionOf(m).equals(region)).count())
                            .thenComparingInt(List::size))
                    .orElseThrow();
            target.addAll(group);
        }
        teams.removeIf(List::isEmpty);
        return teams;
    }

    /** People with no organisation on record are each their own group. */
    private static String organisationOf(Member m) {
        return m.organisation().isEmpty() ? "#" + m.accountId() : m.organisation();
    }

    private static String regionOf(Member m) {
        return m.region() == null ? "" : m.region().getCode();
    }
}
