package org.jiamusi.vet.cms.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A WebP file rebuilt from its image chunks only. ImageIO cannot write WebP, so instead of being
 * re-encoded (after it was decoded whole to prove it is an image) the RIFF container is written again
 * with the chunks that make the picture: EXIF and XMP (camera, GPS position), unknown chunks and
 * anything after the RIFF's declared end are left out, and the VP8X flags no longer announce them.
 */
final class WebPContainer {

    /** The chunks of a still or animated picture; see the WebP container specification. */
    private static final Set<String> IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");
    private static final int VP8X_EXIF = 0x08;
    private static final int VP8X_XMP = 0x04;

    private WebPContainer() {
    }

    /**
     * Refuses a WebP whose first chunk is not a picture with its signature (the VP8 start code, the
     * VP8L signature byte, or a VP8X header): the decoder would read a size from whatever follows.
     */
    static void checkHeader(byte[] c) {
        if (c.length < 30) {
            throw ImageFiles.unreadable();
        }
        String chunk = new String(c, 12, 4, StandardCharsets.US_ASCII);
        boolean picture = switch (chunk) {
            case "VP8X" -> u32(c, 16) == 10;
            case "VP8L" -> (c[20] & 0xFF) == 0x2F;
            case "VP8 " -> (c[23] & 0xFF) == 0x9D && (c[24] & 0xFF) == 0x01 && (c[25] & 0xFF) == 0x2A;
            default -> false;
        };
        if (!picture) {
            throw ImageFiles.unreadable();
        }
    }

    static byte[] imageChunksOnly(byte[] webp) {
        if (webp.length < 12) {
            throw ImageFiles.unreadable();
        }
        long declaredEnd = 8 + u32(webp, 4);
        int end = (int) Math.min(webp.length, declaredEnd);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(end);
        int at = 12;
        while (at + 8 <= end) {
            String fourCc = new String(webp, at, 4, StandardCharsets.US_ASCII);
            long size = u32(webp, at + 4);
            long next = at + 8 + size + (size & 1);
            if (at + 8 + size > end) {
                throw ImageFiles.unreadable();
            }
            if (IMAGE_CHUNKS.contains(fourCc)) {
                byte[] chunk = java.util.Arrays.copyOfRange(webp, at, (int) Math.min(next, end));
                if (fourCc.equals("VP8X") && size >= 1) {
                    chunk[8] &= (byte) ~(VP8X_EXIF | VP8X_XMP);
                }
                chunks.writeBytes(chunk);
                if ((size & 1) == 1 && next > end) {
                    chunks.write(0);
                }
            }
            at = (int) next;
        }
        byte[] body = chunks.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        int riffSize = body.length + 4;
        out.writeBytes(new byte[] {(byte) riffSize, (byte) (riffSize >>> 8), (byte) (riffSize >>> 16), (byte) (riffSize >>> 24)});
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static long u32(byte[] c, int at) {
        return (c[at] & 0xFFL) | (c[at + 1] & 0xFFL) << 8 | (c[at + 2] & 0xFFL) << 16 | (c[at + 3] & 0xFFL) << 24;
    }
}
