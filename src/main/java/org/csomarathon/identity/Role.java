package org.csomarathon.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a person may do here. Each role has its own folder of pages, which is the security
 * boundary of its URLs. Listed in the order in which a person holding several lands on them.
 */
public enum Role {
    COORDINATOR("/coordinator/"),
    ADMIN("/admin/"),
    EXPERT("/expert/"),
    REVIEWER("/reviewer/"),
    PARTICIPANT("/participant/"),
    ALUMNUS("/alumni/"),
    APPLICANT("/apply/");

    private final String home;

    Role(String home) {
        this.home = home;
    }

    /** The folder of this role's pages, ending in a slash. */
    public String home() {
        return home;
    }

    /** The role whose home a person holding {@code roles} lands on after signing in. */
    public static Optional<Role> landingFor(Collection<Role> roles) {
        return List.of(values()).stream().filter(roles::contains).findFirst();
    }
}
