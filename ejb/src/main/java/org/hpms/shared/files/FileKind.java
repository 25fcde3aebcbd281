package org.hpms.shared.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types HPMS stores, recognised by their first bytes ("magic numbers"), not by the name or
 * the type a browser claims: a renamed executable is not a PDF.
 */
public enum FileKind {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    FileKind(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    /** The kind the content really is, if it is one HPMS accepts. */
    public static Optional<FileKind> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
    }

    public static Optional<FileKind> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(kind -> kind.mediaType.equalsIgnoreCase(String.valueOf(mediaType))).findFirst();
    }

    private boolean matches(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    public boolean isImage() {
        return this != PDF;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getExtension() {
        return extension;
    }
}
