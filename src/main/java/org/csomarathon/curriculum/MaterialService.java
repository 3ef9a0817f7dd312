package org.csomarathon.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FileStore;
import org.csomarathon.platform.WebLink;
import org.csomarathon.teams.TeamService;

/** A module's materials: added by coordinators, read by the cohort's participants once the module opens. */
@ApplicationScoped
public class MaterialService {

    public static final long LARGEST_FILE_BYTES = 50L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurriculumService curriculum;

    @Inject
    TeamService teams;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Transactional
    public Material addLink(long moduleId, String title, String url, boolean video) {
        Material m = Material.link(curriculum.getModule(moduleId), title, new WebLink(url), video, clock.instant());
        em.persist(m);
        return m;
    }

    /** Streams the file into the store, then checks it; nothing is recorded for a refused file. */
    @Transactional
    public Material addFile(long moduleId, String title, String fileName, InputStream content) {
        WeeklyModule module = curriculum.getModule(moduleId);
        FileStore.Stored stored = files.store(content, LARGEST_FILE_BYTES);
        Material m;
        try {
            m = Material.file(module, title, fileName, stored, clock.instant());
        } catch (BusinessException refused) {
            files.discardIfUnused(stored.sha256());
            throw refused;
        }
        em.persist(m);
        return m;
    }

    @Transactional
    public void remove(long materialId) {
        em.remove(getMaterial(materialId));
    }

    public List<Material> materialsOf(long moduleId) {
        return em.createQuery("SELECT m FROM Material m WHERE m.module.id = :module ORDER BY m.id", Material.class)
                .setParameter("module", moduleId)
                .getResultList();
    }

    public Material getMaterial(long materialId) {
        return findMaterial(materialId).orElseThrow(() -> new BusinessException("curriculum.material.unknown"));
    }

    private Optional<Material> findMaterial(long materialId) {
        return em.createQuery("SELECT m FROM Material m JOIN FETCH m.module mo JOIN FETCH mo.cohort WHERE m.id = :id",
                        Material.class)
                .setParameter("id", materialId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The file material, if this person may download it: coordinators and experts always, a
     * participant when the module is of their cohort and has opened.
     */
    public Optional<Material> findForDownload(long accountId, Set<Role> roles, long materialId) {
        return findMaterial(materialId)
                .filter(m -> m.getKind() == Material.Kind.FILE)
                .filter(m -> roles.contains(Role.COORDINATOR) || roles.contains(Role.EXPERT)
                        || roles.contains(Role.PARTICIPANT)
                        && m.getModule().isOpenAt(clock.instant())
                        && teams.isInCohort(accountId, m.getModule().getCohort().getId()));
    }
}
