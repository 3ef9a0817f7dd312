package org.csomarathon.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Uploaded files in the configured files directory (shared by all instances), named by their
 * SHA-256 so that equal files are kept once and a stored file never changes. Streams in and
 * out: a file is never held in memory whole.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    /** What was stored: its digest, its size and its first bytes (for the type check). */
    public record Stored(String sha256, long size, byte[] header) {
    }

    @Inject
    Settings settings;

    @PersistenceContext
    EntityManager em;

    /** Copies the stream in; refuses (and keeps nothing of) a stream longer than {@code maxBytes}. */
    public Stored store(InputStream in, long maxBytes) {
        try {
            Path dir = Files.createDirectories(settings.filesDirectory().resolve("sha256"));
            Path partial = Files.createTempFile(dir, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] header = new byte[FileType.HEADER_BYTES];
            long size = 0;
            try (DigestInputStream digesting = new DigestInputStream(in, sha);
                 OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = digesting.read(buffer)) > 0; ) {
                    if (size < header.length) {
                        System.arraycopy(buffer, 0, header, (int) size, (int) Math.min(n, header.length - size));
                    }
                    size += n;
                    if (size > maxBytes) {
                        throw new BusinessException("storage.tooLarge", maxBytes / 1024 / 1024);
                    }
                    out.write(buffer, 0, n);
                }
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            Files.move(partial, dir.resolve(digest), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(digest, size, size < header.length ? Arrays.copyOf(header, (int) size) : header);
        } catch (IOException e) {
            // The directory is full, read-only or gone: the person is told, nothing is half-written (the partial
            // copy is deleted above), and no row will name the file (the refusal rolls the action back).
            LOG.log(Level.WARNING, "The files directory refused a file", e);
            throw new BusinessException("storage.unavailable");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Deletes a stored file unless a module material, a submission or feedback refers to it (equal files are
     * stored once, so a refused upload may have the bytes of a kept one).
     */
    public void discardIfUnused(String sha256) {
        Number uses = (Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM module_material WHERE sha256 = ?1) "
                        + "+ (SELECT COUNT(*) FROM submission_file WHERE sha256 = ?1) "
                        + "+ (SELECT COUNT(*) FROM feedback_file WHERE sha256 = ?1)")
                .setParameter(1, sha256)
                .getSingleResult();
        if (uses.longValue() == 0) {
            try {
                Files.deleteIfExists(path(sha256));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The stored file with this digest; refuses anything that is not a digest. */
    public Path path(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
        return settings.filesDirectory().resolve("sha256").resolve(sha256);
    }
}
