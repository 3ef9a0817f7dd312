package org.csomarathon.teams;

/** A team by name, as the cohort's lists read it. */
public record NamedTeam(long id, String name) {
}
