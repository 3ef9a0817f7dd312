package org.csomarathon.submissions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.csomarathon.curriculum.WeeklyModule;
import org.csomarathon.platform.FileType;
import org.csomarathon.platform.Markdown;
import org.csomarathon.platform.TextLimit;

/** A team assignment of a weekly module. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private WeeklyModule module;

    @TextLimit(AssignmentTerms.TITLE_MAX)
    @Column(name = "title", nullable = false, length = AssignmentTerms.TITLE_MAX)
    private String title;

    @TextLimit(AssignmentTerms.INSTRUCTIONS_MAX)
    @Column(name = "instructions", nullable = false)
    private String instructions;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "cut_off_at", nullable = false)
    private Instant cutOffAt;

    @Column(name = "required", nullable = false)
    private boolean required;

    /** Accepted file types by name, comma-separated; empty when files are not asked for. */
    @Column(name = "file_types", nullable = false)
    private String fileTypes;

    @Column(name = "max_file_mb", nullable = false)
    private int maxFileMb;

    @Column(name = "text_allowed", nullable = false)
    private boolean textAllowed;

    @Column(name = "links_allowed", nullable = false)
    private boolean linksAllowed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rubric_id")
    private Rubric rubric;

    /** The rubric's id, read without loading the rubric. */
    @Column(name = "rubric_id", insertable = false, updatable = false)
    private Long rubricId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When set, all feedback on the assignment is released together at this time (the marking workflow). */
    @Column(name = "feedback_release_at")
    private Instant feedbackReleaseAt;

    @Version
    private int version;

    protected Assignment() {
    }

    public Assignment(WeeklyModule module, AssignmentTerms terms, Rubric rubric, Instant now) {
        this.module = module;
        this.createdAt = now;
        change(terms, rubric);
    }

    public void change(AssignmentTerms terms, Rubric rubric) {
        this.title = terms.title();
        this.instructions = terms.instructions();
        this.opensAt = terms.opensAt();
        this.dueAt = terms.dueAt();
        this.cutOffAt = terms.cutOffAt();
        this.required = terms.required();
        this.fileTypes = terms.fileTypes().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.maxFileMb = terms.maxFileMb();
        this.textAllowed = terms.textAllowed();
        this.linksAllowed = terms.linksAllowed();
        this.rubric = rubric;
    }

    public AssignmentTerms terms() {
        return new AssignmentTerms(title, instructions, opensAt, dueAt, cutOffAt, required, getFileTypes(), maxFileMb,
                textAllowed, linksAllowed);
    }

    /** The same assignment in another module, every time moved as {@code moved} says. */
    public Assignment copyTo(WeeklyModule other, UnaryOperator<Instant> moved, Instant now) {
        AssignmentTerms t = terms();
        Assignment copy = new Assignment(other, new AssignmentTerms(t.title(), t.instructions(), moved.apply(opensAt),
                moved.apply(dueAt), moved.apply(cutOffAt), required, t.fileTypes(), maxFileMb, textAllowed, linksAllowed),
                rubric, now);
        copy.feedbackReleaseAt = feedbackReleaseAt == null ? null : moved.apply(feedbackReleaseAt);
        return copy;
    }

    /** Holds all feedback until this time, or (null) lets each review be released when its expert finishes it. */
    public void releaseFeedbackAt(Instant at) {
        this.feedbackReleaseAt = at;
    }

    /** Whether finished feedback waits at {@code now}: a release time is set and still ahead. */
    public boolean holdsFeedback(Instant now) {
        return feedbackReleaseAt != null && feedbackReleaseAt.isAfter(now);
    }

    public Instant getFeedbackReleaseAt() {
        return feedbackReleaseAt;
    }

    /** The assignment's own dates; a team with an extension has its own (see {@link Extension#deadline()}). */
    public Deadline deadline() {
        return new Deadline(opensAt, dueAt, cutOffAt, false, null);
    }

    public Set<FileType> getFileTypes() {
        return fileTypes.isEmpty() ? Set.of() : Arrays.stream(fileTypes.split(","))
                .map(FileType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FileType.class)));
    }

    public boolean isFilesAllowed() {
        return !fileTypes.isEmpty();
    }

    /** The accepted endings as people know them: ".pdf, .docx". */
    public String getFileEndings() {
        return getFileTypes().stream().map(t -> "." + t.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    public long getMaxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }

    public String getInstructionsHtml() {
        return Markdown.toSafeHtml(instructions);
    }

    public Long getId() {
        return id;
    }

    public WeeklyModule getModule() {
        return module;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCutOffAt() {
        return cutOffAt;
    }

    public boolean isRequired() {
        return required;
    }

    public int getMaxFileMb() {
        return maxFileMb;
    }

    public boolean isTextAllowed() {
        return textAllowed;
    }

    public boolean isLinksAllowed() {
        return linksAllowed;
    }

    public Rubric getRubric() {
        return rubric;
    }

    public Long getRubricId() {
        return rubricId;
    }

    public int getVersion() {
        return version;
    }
}
