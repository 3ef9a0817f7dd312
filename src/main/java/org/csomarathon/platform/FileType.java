package org.csomarathon.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file people may upload, each known by its name's ending and checked by its
 * first bytes, so that a file cannot pass for what it is not.
 */
public enum FileType {
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), Zip.MAGIC),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), Zip.MAGIC),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"), Zip.MAGIC);

    /** Office documents are ZIP containers. */
    private static final class Zip {
        static final byte[] MAGIC = {'P', 'K', 3, 4};
    }

    /** How many leading bytes the checks need. */
    public static final int HEADER_BYTES = 8;

    private final String contentType;
    private final List<String> endings;
    private final byte[] magic;

    FileType(String contentType, List<String> endings, byte[] magic) {
        this.contentType = contentType;
        this.endings = endings;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name endings of this type, without the dot. */
    public List<String> endings() {
        return endings;
    }

    /** The type a file name declares by its ending, if it is one of ours. */
    public static Optional<FileType> declaredBy(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ending = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values()).filter(t -> t.endings.contains(ending)).findFirst();
    }

    /** Whether the file's first bytes are those of this type. */
    public boolean matches(byte[] header) {
        return header.length >= magic.length && Arrays.equals(Arrays.copyOf(header, magic.length), magic);
    }

    /** The pattern PrimeFaces' upload box checks names against in the browser, for these types. */
    public static String uploadPattern(Collection<FileType> types) {
        return types.stream()
                .flatMap(t -> t.endings().stream())
                .collect(Collectors.joining("|", "/(\\.|\\/)(", ")$/i"));
    }

    /** The name to store and offer for download: no path, no control or reserved characters, not too long. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                // Bidirectional controls (U+202A–U+202E, U+2066–U+2069, marks) and other format characters make
                // a name with U+202E before "fdp.exe" read as "exe.pdf": they are dropped, not replaced.
                .replaceAll("\\p{Cf}", "")
                .replaceAll("[\\p{Cntrl}<>:\"|?*]", "_")
                .replaceAll("^\\.+", "")
                .strip();
        if (TextLength.exceeds(name, 150)) {
            int dot = name.lastIndexOf('.');
            String ending = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = TextLength.cut(name, 150 - TextLength.of(ending)) + ending;
        }
        return name.isEmpty() ? "file" : name;
    }
}
