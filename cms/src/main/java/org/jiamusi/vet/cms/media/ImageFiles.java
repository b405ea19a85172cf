package org.jiamusi.vet.cms.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import org.w3c.dom.Node;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Checks an uploaded image and makes the file the site serves from it, and its thumbnail.
 * <p>
 * The size is read from the header before any pixel is decoded, so an image that claims more than
 * {@link MediaLibrary#MAX_SIDE} pixels a side or {@link MediaLibrary#MAX_PIXELS} pixels in all is
 * refused without ever being decompressed; decoding waits for its share of a memory budget that all
 * uploads share, so a few large images at once cannot exhaust the heap. The image is then decoded
 * and written afresh: JPEG, PNG and GIF are re-encoded, so whatever the upload carried besides its
 * pixels (a script after the GIF trailer or in a comment, HTML in a PNG text chunk, camera and GPS
 * data in EXIF) does not reach the browser. JPEG is turned upright by its EXIF orientation first,
 * since the re-encoded file has no EXIF left to say it; PNG keeps its transparency; GIF keeps every
 * frame with its delay and loop. ImageIO has no WebP writer, so a WebP is decoded whole to prove it
 * is one, and its container is rebuilt from the image chunks only (EXIF, XMP, unknown chunks and
 * anything after the RIFF end are dropped).
 */
final class ImageFiles {

    /** The longest side of a thumbnail, in pixels. */
    static final int THUMBNAIL_SIZE = 320;
    /** All frames of an animation together, decoded one after the other. */
    static final long MAX_ANIMATION_PIXELS = 100_000_000L;
    /** The decoded bytes all uploads may hold at once; an upload waits at most {@link #WAIT_SECONDS} for its share. */
    static final long DECODING_BUDGET_BYTES = 192L * 1024 * 1024;
    static final int WAIT_SECONDS = 30;
    private static final float JPEG_QUALITY = 0.9f;
    private static final String GIF_METADATA = "javax_imageio_gif_image_1.0";

    private static final DecodingBudget BUDGET = new DecodingBudget(DECODING_BUDGET_BYTES);

    private ImageFiles() {
    }

    /** What the library stores of an image: the file the browser gets, its size, and its thumbnail (always PNG or JPEG). */
    record Clean(byte[] content, int width, int height, byte[] thumbnail) {
    }

    /** Checks the image within its budgets and makes the file to serve; refused when it is not a readable image of its format. */
    static Clean clean(byte[] content, MediaFormat format) {
        if (format == MediaFormat.WEBP) {
            WebPContainer.checkHeader(content);
        }
        ImageReader reader = reader(format);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, false, true);
            int frames = format == MediaFormat.GIF || format == MediaFormat.WEBP ? reader.getNumImages(true) : 1;
            if (frames < 1) {
                throw unreadable();
            }
            if (format == MediaFormat.GIF) {
                // A frame's size is its own; the logical screen around the frames is checked too.
                Node screen = child(reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0"), "LogicalScreenDescriptor");
                if (screen != null) {
                    IIOMetadataNode descriptor = (IIOMetadataNode) screen;
                    checkPixels(Integer.parseInt(descriptor.getAttribute("logicalScreenWidth")),
                            Integer.parseInt(descriptor.getAttribute("logicalScreenHeight")));
                }
            }
            long largestFrame = 0;
            long allFrames = 0;
            for (int i = 0; i < frames; i++) {
                int width = reader.getWidth(i);
                int height = reader.getHeight(i);
                checkPixels(width, height);
                largestFrame = Math.max(largestFrame, (long) width * height);
                allFrames += (long) width * height;
            }
            if (allFrames > MAX_ANIMATION_PIXELS) {
                throw new MediaRejectedException("media.upload.animationTooLarge",
                        Map.of("frames", frames, "megapixels", megapixels(allFrames), "max", megapixels(MAX_ANIMATION_PIXELS)));
            }
            try (DecodingBudget.Share share = BUDGET.take(largestFrame * (bytesPerPixel(reader) + 4L), WAIT_SECONDS)) {
                return switch (format) {
                    case JPEG -> jpeg(reader, content);
                    case PNG -> png(reader);
                    case GIF -> gif(reader, frames);
                    case WEBP -> webp(reader, frames, content);
                    case PDF -> throw new IllegalArgumentException("not an image");
                };
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            throw unreadable();
        } catch (OutOfMemoryError e) {
            // A decoder that needs far more than the header promised: refuse the file, keep the server.
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    static String thumbnailExtension(MediaFormat format) {
        return format == MediaFormat.JPEG ? "jpg" : "png";
    }

    // ---------------------------------------------------------------- per format

    private static Clean jpeg(ImageReader reader, byte[] original) throws IOException {
        BufferedImage image = upright(reader.read(0), exifOrientation(original));
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_INT_RGB
                && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            image = redraw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        }
        return new Clean(writeJpeg(image), image.getWidth(), image.getHeight(), thumbnail(image, true));
    }

    private static Clean png(ImageReader reader) throws IOException {
        BufferedImage image = reader.read(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IllegalStateException("No ImageIO writer for PNG");
        }
        return new Clean(out.toByteArray(), image.getWidth(), image.getHeight(), thumbnail(image, false));
    }

    /** Every frame written again with its own timing, position, disposal and palette; comments and other extensions are left behind. */
    private static Clean gif(ImageReader reader, int frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BufferedImage first = null;
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            writer.prepareWriteSequence(writer.convertStreamMetadata(reader.getStreamMetadata(), null));
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = reader.read(i);
                if (first == null) {
                    first = frame;
                }
                IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(frame), null);
                metadata.mergeTree(GIF_METADATA, withoutExtras(reader.getImageMetadata(i).getAsTree(GIF_METADATA)));
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return new Clean(out.toByteArray(), first.getWidth(), first.getHeight(), thumbnail(first, false));
    }

    private static Clean webp(ImageReader reader, int frames, byte[] original) throws IOException {
        BufferedImage first = reader.read(0);
        for (int i = 1; i < frames; i++) {
            reader.read(i);
        }
        return new Clean(WebPContainer.imageChunksOnly(original), first.getWidth(), first.getHeight(), thumbnail(first, false));
    }

    // ---------------------------------------------------------------- helpers

    private static ImageReader reader(MediaFormat format) {
        if (format == MediaFormat.WEBP) {
            // Made directly rather than found in ImageIO's registry, which in a deployment may not have scanned the WAR.
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        return readers.next();
    }

    private static void checkPixels(int width, int height) {
        if (width < 1 || height < 1 || width > MediaLibrary.MAX_SIDE || height > MediaLibrary.MAX_SIDE) {
            throw new MediaRejectedException("media.upload.tooManyPixels",
                    Map.of("width", width, "height", height, "max", MediaLibrary.MAX_SIDE));
        }
        if ((long) width * height > MediaLibrary.MAX_PIXELS) {
            throw new MediaRejectedException("media.upload.tooManyMegapixels", Map.of("width", width, "height", height,
                    "megapixels", megapixels((long) width * height), "max", megapixels(MediaLibrary.MAX_PIXELS)));
        }
    }

    private static long megapixels(long pixels) {
        return (pixels + 999_999) / 1_000_000;
    }

    /** The decoded size of a pixel of the image's own type, read from the header; 4 when the reader cannot say. */
    private static int bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        return raw == null ? 4 : Math.max(1, (raw.getColorModel().getPixelSize() + 7) / 8);
    }

    private static Node child(Node parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    /** The GIF frame's metadata without comments, plain text or application extensions, except the loop count. */
    private static Node withoutExtras(Node tree) {
        for (Node child = tree.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            switch (child.getNodeName()) {
                case "CommentExtensions", "PlainTextExtension" -> tree.removeChild(child);
                case "ApplicationExtensions" -> {
                    for (Node app = child.getFirstChild(); app != null; ) {
                        Node nextApp = app.getNextSibling();
                        IIOMetadataNode extension = (IIOMetadataNode) app;
                        boolean loop = "NETSCAPE".equals(extension.getAttribute("applicationID"))
                                && "2.0".equals(extension.getAttribute("authenticationCode"));
                        if (!loop) {
                            child.removeChild(app);
                        }
                        app = nextApp;
                    }
                    if (!child.hasChildNodes()) {
                        tree.removeChild(child);
                    }
                }
                default -> {
                }
            }
            child = next;
        }
        return tree;
    }

    /** EXIF orientation 1-8 from a JPEG's APP1 segment; 1 (as stored) when there is none or it cannot be read. */
    static int exifOrientation(byte[] jpeg) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            byte[] data = exif.get(0).data().readAllBytes();
            // The segment's data starts with the padding byte after "Exif\0"; TIFF offsets count from the byte after it.
            try (ImageInputStream tiff = new MemoryCacheImageInputStream(new ByteArrayInputStream(data, 1, data.length - 1))) {
                Directory directory = new TIFFReader().read(tiff);
                Entry orientation = directory.getEntryById(TIFF.TAG_ORIENTATION);
                int value = orientation == null ? 1 : ((Number) orientation.getValue()).intValue();
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** The image as it is meant to be seen, by its EXIF orientation (TIFF tag 274). */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
            default -> {
                return image;
            }
        }
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h,
                image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    private static byte[] writeJpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * A thumbnail no larger than {@value #THUMBNAIL_SIZE} pixels a side, as JPEG for photographs and
     * PNG for images that may be transparent, drawn into a new image and so without any metadata.
     */
    private static byte[] thumbnail(BufferedImage original, boolean photo) throws IOException {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(original.getWidth(), original.getHeight()));
        int width = Math.max(1, (int) Math.round(original.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(original.getHeight() * scale));
        BufferedImage small = redraw(original, width, height, photo ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(small, photo ? "jpeg" : "png", out)) {
            throw new IllegalStateException("No ImageIO writer for thumbnails");
        }
        return out.toByteArray();
    }

    private static BufferedImage redraw(BufferedImage original, int width, int height, int type) {
        BufferedImage copy = new BufferedImage(width, height, type);
        Graphics2D g = copy.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(original, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    static MediaRejectedException unreadable() {
        return new MediaRejectedException("media.upload.unreadable", Map.of());
    }

    /**
     * The memory that decoding may take, shared by all uploads: a share is what one image needs
     * decoded, estimated from its header; one larger than the whole budget waits for all of it.
     */
    static final class DecodingBudget {

        private static final int KIB = 1024;
        private final Semaphore kibibytes;
        private final int total;

        DecodingBudget(long bytes) {
            this.total = (int) Math.min(Integer.MAX_VALUE, bytes / KIB);
            this.kibibytes = new Semaphore(total, true);
        }

        Share take(long bytes, int waitSeconds) {
            int needed = (int) Math.max(1, Math.min(total, (bytes + KIB - 1) / KIB));
            try {
                if (!kibibytes.tryAcquire(needed, waitSeconds, TimeUnit.SECONDS)) {
                    throw new MediaRejectedException("media.upload.busy", Map.of());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MediaRejectedException("media.upload.busy", Map.of());
            }
            return new Share(needed);
        }

        final class Share implements AutoCloseable {
            private final int kib;

            private Share(int kib) {
                this.kib = kib;
            }

            @Override
            public void close() {
                kibibytes.release(kib);
            }
        }
    }
}
