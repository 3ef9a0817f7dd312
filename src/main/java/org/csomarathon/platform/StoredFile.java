package org.csomarathon.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Set;
import java.util.function.Function;

/**
 * An uploaded file as a record keeps it: a safe name, its checked type, size and the SHA-256 under
 * which the file store holds its bytes.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected StoredFile() {
    }

    /**
     * Accepts the stored bytes under this name when the name's type is one of {@code accepted},
     * the file is not empty, not above {@code maxMb} and its bytes are of that type; otherwise the
     * refusal says which. {@code notAccepted} words the refusal of a type for the safe name.
     */
    public static StoredFile accept(String fileName, FileStore.Stored stored, Set<FileType> accepted, int maxMb,
                                    Function<String, BusinessException> notAccepted) {
        String name = FileType.safeName(fileName);
        FileType type = FileType.declaredBy(name).filter(accepted::contains).orElseThrow(() -> notAccepted.apply(name));
        if (stored.size() == 0) {
            throw new BusinessException("storage.empty", name);
        }
        if (stored.size() > maxMb * 1024L * 1024L) {
            throw new BusinessException("storage.tooLarge", maxMb);
        }
        if (!type.matches(stored.header())) {
            throw new BusinessException("storage.contentMismatch", name);
        }
        StoredFile file = new StoredFile();
        file.fileName = name;
        file.contentType = type.contentType();
        file.sizeBytes = stored.size();
        file.sha256 = stored.sha256();
        return file;
    }

    /** A picture, which pages may show as a preview. */
    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** A PDF (its bytes checked), which the expert reads in the browser's own viewer beside the rubric. */
    public boolean isPdf() {
        return "application/pdf".equals(contentType);
    }

    public long getSizeKb() {
        return (sizeBytes + 1023) / 1024;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
