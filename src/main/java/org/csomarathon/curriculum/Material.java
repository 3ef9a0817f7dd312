package org.csomarathon.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FileStore;
import org.csomarathon.platform.FileType;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.WebLink;

/** One material of a module: a link, a video, or a stored file. */
@Entity
@Table(name = "module_material")
public class Material {

    public static final int TITLE_MAX = 200;

    public enum Kind { LINK, VIDEO, FILE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private WeeklyModule module;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @TextLimit(TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "url", length = WebLink.MAX)
    private String url;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Material() {
    }

    private Material(WeeklyModule module, Kind kind, String title, Instant createdAt) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new BusinessException("curriculum.material.title.required");
        }
        if (TextLength.exceeds(t, TITLE_MAX)) {
            throw new BusinessException("curriculum.material.title.long", TITLE_MAX);
        }
        this.module = module;
        this.kind = kind;
        this.title = t;
        this.createdAt = createdAt;
    }

    /** A link, or a video when {@code video} (embedded if its host is known). */
    public static Material link(WeeklyModule module, String title, WebLink link, boolean video, Instant now) {
        Material m = new Material(module, video ? Kind.VIDEO : Kind.LINK, title, now);
        m.url = link.value();
        return m;
    }

    /** A stored file, accepted only when its bytes are what its name declares. */
    public static Material file(WeeklyModule module, String title, String fileName, FileStore.Stored stored, Instant now) {
        String name = FileType.safeName(fileName);
        FileType type = FileType.declaredBy(name)
                .orElseThrow(() -> new BusinessException("storage.typeNotAllowed", name));
        if (stored.size() == 0) {
            throw new BusinessException("storage.empty", name);
        }
        if (!type.matches(stored.header())) {
            throw new BusinessException("storage.contentMismatch", name);
        }
        Material m = new Material(module, Kind.FILE, title == null || title.isBlank() ? name : title, now);
        m.fileName = name;
        m.contentType = type.contentType();
        m.sizeBytes = stored.size();
        m.sha256 = stored.sha256();
        return m;
    }

    /** The same material in another module (a stored file is shared, never changed). */
    public Material copyTo(WeeklyModule other, Instant now) {
        Material copy = new Material(other, kind, title, now);
        copy.url = url;
        copy.fileName = fileName;
        copy.contentType = contentType;
        copy.sizeBytes = sizeBytes;
        copy.sha256 = sha256;
        return copy;
    }

    /** The size in whole kilobytes, rounded up. */
    public long getSizeKb() {
        return sizeBytes == null ? 0 : (sizeBytes + 1023) / 1024;
    }

    public String getPlayer() {
        return kind == Kind.VIDEO ? VideoEmbed.playerFor(url).orElse(null) : null;
    }

    public Long getId() {
        return id;
    }

    public WeeklyModule getModule() {
        return module;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
