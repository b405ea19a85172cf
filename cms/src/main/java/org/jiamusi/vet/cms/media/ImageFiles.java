package org.jiamusi.vet.cms.media;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads an image's size and makes its thumbnail with ImageIO. The size is read from the header
 * before any pixel is decoded, so an image that claims fifty thousand pixels a side is refused
 * without ever being decompressed. A thumbnail is drawn into a new image and written fresh, so none
 * of the original's metadata (camera, GPS position) reaches it.
 */
final class ImageFiles {

    /** The longest side of a thumbnail, in pixels. */
    static final int THUMBNAIL_SIZE = 320;

    private ImageFiles() {
    }

    record Size(int width, int height) {
    }

    /** The image's width and height; refused when the file is not a readable image of its format. */
    static Size size(byte[] content, MediaFormat format) {
        if (format == MediaFormat.WEBP) {
            return webpSize(content);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
            if (input == null || !readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            throw unreadable();
        }
    }

    /**
     * A thumbnail no larger than {@value #THUMBNAIL_SIZE} pixels a side, as PNG for images that may
     * be transparent and JPEG for photographs; null for WebP, which ImageIO cannot decode (the
     * browser shows the original, scaled, instead).
     */
    static byte[] thumbnail(byte[] content, MediaFormat format) {
        if (format == MediaFormat.WEBP) {
            return null;
        }
        try {
            BufferedImage original = ImageIO.read(new ByteArrayInputStream(content));
            if (original == null) {
                throw unreadable();
            }
            double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(original.getWidth(), original.getHeight()));
            int width = Math.max(1, (int) Math.round(original.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(original.getHeight() * scale));
            boolean photo = format == MediaFormat.JPEG;
            BufferedImage small = new BufferedImage(width, height, photo ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = small.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(original, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(small, photo ? "jpeg" : "png", out)) {
                throw new IllegalStateException("No ImageIO writer for thumbnails");
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            throw unreadable();
        }
    }

    static String thumbnailExtension(MediaFormat format) {
        return format == MediaFormat.JPEG ? "jpg" : "png";
    }

    /** WebP's canvas size from its first chunk: VP8X (extended), VP8L (lossless) or VP8 (lossy). */
    private static Size webpSize(byte[] c) {
        if (c.length < 30) {
            throw unreadable();
        }
        String chunk = new String(c, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X" -> {
                return new Size(1 + u24(c, 24), 1 + u24(c, 27));
            }
            case "VP8L" -> {
                if ((c[20] & 0xFF) != 0x2F) {
                    throw unreadable();
                }
                int bits = (c[21] & 0xFF) | (c[22] & 0xFF) << 8 | (c[23] & 0xFF) << 16 | (c[24] & 0xFF) << 24;
                return new Size(1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
            }
            case "VP8 " -> {
                if ((c[23] & 0xFF) != 0x9D || (c[24] & 0xFF) != 0x01 || (c[25] & 0xFF) != 0x2A) {
                    throw unreadable();
                }
                return new Size(((c[26] & 0xFF) | (c[27] & 0xFF) << 8) & 0x3FFF, ((c[28] & 0xFF) | (c[29] & 0xFF) << 8) & 0x3FFF);
            }
            default -> throw unreadable();
        }
    }

    private static int u24(byte[] c, int at) {
        return (c[at] & 0xFF) | (c[at + 1] & 0xFF) << 8 | (c[at + 2] & 0xFF) << 16;
    }

    private static MediaRejectedException unreadable() {
        return new MediaRejectedException("media.upload.unreadable", Map.of());
    }
}
