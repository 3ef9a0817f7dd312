package org.csomarathon.submissions;

import java.time.Instant;
import java.util.Set;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FileType;
import org.csomarathon.platform.TextLength;

/**
 * What a coordinator sets for an assignment. Checks itself: times in order, a way to answer,
 * a size limit the platform can take.
 */
public record AssignmentTerms(String title, String instructions, Instant opensAt, Instant dueAt, Instant cutOffAt,
                              boolean required, Set<FileType> fileTypes, int maxFileMb, boolean textAllowed,
                              boolean linksAllowed) {

    public static final int TITLE_MAX = 200;
    public static final int INSTRUCTIONS_MAX = 20_000;
    public static final int LARGEST_FILE_MB = 50;

    public AssignmentTerms {
        title = title == null ? "" : title.strip();
        instructions = instructions == null ? "" : instructions.strip();
        fileTypes = fileTypes == null ? Set.of() : Set.copyOf(fileTypes);
        if (title.isEmpty()) {
            throw new BusinessException("assignment.title.required");
        }
        if (TextLength.exceeds(title, TITLE_MAX)) {
            throw new BusinessException("assignment.title.long", TITLE_MAX);
        }
        if (TextLength.exceeds(instructions, INSTRUCTIONS_MAX)) {
            throw new BusinessException("assignment.instructions.long", INSTRUCTIONS_MAX);
        }
        if (opensAt == null || dueAt == null || cutOffAt == null) {
            throw new BusinessException("assignment.dates.required");
        }
        if (!dueAt.isAfter(opensAt)) {
            throw new BusinessException("assignment.dates.dueBeforeOpening");
        }
        if (cutOffAt.isBefore(dueAt)) {
            throw new BusinessException("assignment.dates.cutOffBeforeDue");
        }
        if (fileTypes.isEmpty() && !textAllowed && !linksAllowed) {
            throw new BusinessException("assignment.noWayToAnswer");
        }
        if (maxFileMb < 1 || maxFileMb > LARGEST_FILE_MB) {
            throw new BusinessException("assignment.maxFileMb.range", LARGEST_FILE_MB);
        }
    }
}
