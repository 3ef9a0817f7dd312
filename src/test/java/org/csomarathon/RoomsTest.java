package org.csomarathon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The house's rooms stand on floors: a room uses the rooms below it (through their services, or by
 * observing their events) and never one above, so there is no loop between rooms. Checked over the
 * compiled classes: a new arrow up fails here.
 */
class RoomsTest {

    /** From the ground floor up. */
    static final List<String> FLOORS = List.of("platform", "identity", "notifications", "cohort", "audit", "intake", "teams",
            "curriculum", "selection", "submissions", "review", "gate", "stage2", "certificates", "alumni", "reporting", "demo");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.csomarathon");

    @Test
    void everyClassLivesInARoomOfTheHouse() {
        Set<String> rooms = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String rest = c.getPackageName().substring("org.csomarathon".length());
            rooms.add(rest.isEmpty() ? "(none)" : rest.substring(1).split("\\.")[0]);
        }
        assertEquals(new TreeSet<>(FLOORS), rooms, "a new room is given its floor in FLOORS");
    }

    @Test
    void noRoomUsesARoomAboveIt() {
        LayeredArchitecture house = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String room : FLOORS) {
            house = house.layer(room).definedBy("org.csomarathon." + room + "..");
        }
        for (int floor = 0; floor < FLOORS.size() - 1; floor++) {
            house = house.whereLayer(FLOORS.get(floor)).mayOnlyBeAccessedByLayers(
                    FLOORS.subList(floor + 1, FLOORS.size()).toArray(String[]::new));
        }
        house.whereLayer(FLOORS.get(FLOORS.size() - 1)).mayNotBeAccessedByAnyLayer().check(CLASSES);
    }

    @Test
    void reportingReadsThroughTheRoomsThatOwnTheData() {
        noClasses().that().resideInAPackage("org.csomarathon.reporting..").should().dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .because("each room exposes typed queries over its own tables (CohortWork, TeamService, ...)")
                .check(CLASSES);
    }
}
