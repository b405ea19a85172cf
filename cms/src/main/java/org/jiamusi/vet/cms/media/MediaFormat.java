package org.jiamusi.vet.cms.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the media library accepts, recognised by their first bytes (their "magic
 * numbers"), never by the name or the type the browser claims: an executable renamed
 * {@code photo.jpg} starts with {@code MZ} or {@code \x7FELF} and matches none of them.
 */
public enum MediaFormat {
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    GIF("image/gif", "gif", true),
    WEBP("image/webp", "webp", true),
    PDF("application/pdf", "pdf", false);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mediaType;
    private final String extension;
    private final boolean image;

    MediaFormat(String mediaType, String extension, boolean image) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.image = image;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return image;
    }

    /** The format the content is in; empty for anything the library does not accept. */
    public static Optional<MediaFormat> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWithText(content, 0, "GIF87a") || startsWithText(content, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (startsWithText(content, 0, "RIFF") && startsWithText(content, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWithText(content, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWithText(byte[] content, int offset, String ascii) {
        return startsWith(content, offset, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] content, int offset, byte... prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
