package org.jiamusi.vet.cms.media;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiamusi.vet.cms.media.CraftedFiles.ascii;
import static org.jiamusi.vet.cms.media.CraftedFiles.concat;
import static org.jiamusi.vet.cms.media.CraftedFiles.contains;

/**
 * Images are judged by their header before decoding, and what is kept of them is written afresh:
 * polyglots lose their script, photos their GPS position, and no header can make the server decode
 * more pixels than the budget.
 */
class ImageFilesTest {

    @Test
    void aPngClaiming40000By40000PixelsIsRefusedFromItsHeaderWithoutBeingDecoded() {
        byte[] bomb = CraftedFiles.pngClaiming(40_000, 40_000);

        Measured refusal = measure(() -> ImageFiles.clean(bomb, MediaFormat.PNG));

        assertThat(refusal.thrown()).isInstanceOfSatisfying(MediaRejectedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("media.upload.tooManyPixels");
            assertThat(e.arguments()).containsEntry("width", 40_000).containsEntry("height", 40_000);
        });
        // Decoded, 1.6 billion RGBA pixels are 6.4 GB; refused from the header it is a few kilobytes.
        assertThat(refusal.allocatedBytes()).isLessThan(16L * 1024 * 1024);
        assertThat(refusal.millis()).isLessThan(2_000);
    }

    @Test
    void aPngWithinTheSideLimitButOverThePixelBudgetIsRefusedWithoutBeingDecoded() {
        // 7000 × 7000: each side under 8000, but 49 megapixels, 196 MB once decoded.
        byte[] large = CraftedFiles.pngClaiming(7_000, 7_000);

        Measured refusal = measure(() -> ImageFiles.clean(large, MediaFormat.PNG));

        assertThat(refusal.thrown()).isInstanceOfSatisfying(MediaRejectedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("media.upload.tooManyMegapixels");
            assertThat(e.arguments()).containsEntry("megapixels", 49L).containsEntry("max", 25L);
        });
        assertThat(refusal.allocatedBytes()).isLessThan(16L * 1024 * 1024);
        assertThat(refusal.millis()).isLessThan(2_000);
    }

    @Test
    void aGifJavaScriptPolyglotIsNeutralisedTheServedGifHasItsFramesAndLoopButNoScriptOrComment() throws IOException {
        byte[] gif = CraftedFiles.animatedGif(48, 32, CraftedFiles.BLUE, CraftedFiles.RED, Color.WHITE);
        byte[] polyglot = CraftedFiles.gifJavaScriptPolyglot(gif);
        assertThat(contains(polyglot, "alert(")).isTrue();

        ImageFiles.Clean clean = ImageFiles.clean(polyglot, MediaFormat.GIF);

        assertThat(contains(clean.content(), "alert(")).isFalse();
        assertThat(contains(clean.content(), "<script")).isFalse();
        assertThat(contains(clean.content(), "\u0021\u00FE")).isFalse(); // no comment extension
        assertThat(clean.content()[clean.content().length - 1]).isEqualTo((byte) 0x3B); // ends at the GIF trailer
        assertThat(contains(clean.content(), "NETSCAPE2.0")).isTrue(); // it still loops
        assertThat(frames(clean.content(), "gif")).isEqualTo(3);
        assertThat(clean.width()).isEqualTo(48);
        assertThat(clean.height()).isEqualTo(32);
        BufferedImage second = frame(clean.content(), "gif", 1);
        assertThat(second.getRGB(10, 10)).isEqualTo(frame(gif, "gif", 1).getRGB(10, 10)).isNotEqualTo(frame(gif, "gif", 0).getRGB(10, 10));
    }

    @Test
    void theClassicGifPolyglotWhoseWidthBytesOpenAJavaScriptCommentIsRefused() {
        // "GIF89a/*": the width is the bytes '/' '*', 10799 pixels, so that the file parses as JavaScript.
        byte[] gif = CraftedFiles.animatedGif(16, 16, CraftedFiles.BLUE);
        gif[6] = '/';
        gif[7] = '*';
        byte[] polyglot = concat(gif, ascii(CraftedFiles.GIF_JAVASCRIPT));

        assertThatThrownBy(() -> ImageFiles.clean(polyglot, MediaFormat.GIF))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.tooManyPixels"));
    }

    @Test
    void aPngKeepsItsTransparencyAndLosesTheHtmlOfItsTextChunk() throws IOException {
        byte[] png = CraftedFiles.transparentPngWithHtmlText(60, 40);
        assertThat(contains(png, "<script>")).isTrue();

        ImageFiles.Clean clean = ImageFiles.clean(png, MediaFormat.PNG);

        assertThat(contains(clean.content(), "<script")).isFalse();
        assertThat(contains(clean.content(), "tEXt")).isFalse();
        BufferedImage image = frame(clean.content(), "png", 0);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(5, 5)).isEqualTo(CraftedFiles.BLUE.getRGB());
        assertThat(image.getRGB(55, 5) >>> 24).isZero(); // the right half stays transparent
        assertThat(frame(clean.thumbnail(), "png", 0).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void aSidewaysPhotoIsTurnedUprightByItsExifAndServedWithoutExifOrGpsPosition() throws IOException {
        byte[] photo = CraftedFiles.sidewaysJpegWithGps(80, 40);
        assertThat(ImageFiles.exifOrientation(photo)).isEqualTo(6);
        assertThat(contains(photo, "JIAMUSI-GPS")).isTrue();

        ImageFiles.Clean clean = ImageFiles.clean(photo, MediaFormat.JPEG);

        assertThat(contains(clean.content(), "Exif")).isFalse();
        assertThat(contains(clean.content(), "JIAMUSI-GPS")).isFalse();
        assertThat(clean.width()).isEqualTo(40);
        assertThat(clean.height()).isEqualTo(80);
        BufferedImage upright = frame(clean.content(), "jpeg", 0);
        assertThat(upright.getWidth()).isEqualTo(40);
        // The stored left column (red) is the top row once turned 90° clockwise.
        assertThat(reddish(upright.getRGB(20, 3))).isTrue();
        assertThat(reddish(upright.getRGB(20, 76))).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.thumbnail())).getHeight()).isEqualTo(80);
    }

    @Test
    void aWebpHeaderFollowedByAnHtmlPageIsRefused() {
        byte[] fake = CraftedFiles.webpHeaderWithHtmlBody();
        assertThat(MediaFormat.detect(fake)).contains(MediaFormat.WEBP);

        assertThatThrownBy(() -> ImageFiles.clean(fake, MediaFormat.WEBP))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.unreadable"));
    }

    @Test
    void aRealWebpIsDecodedAndServedWithItsImageChunksOnly() throws IOException {
        byte[] webp = CraftedFiles.webpWithExifAndHtml();
        assertThat(contains(webp, "<script>")).isTrue();

        ImageFiles.Clean clean = ImageFiles.clean(webp, MediaFormat.WEBP);

        assertThat(contains(clean.content(), "<script")).isFalse();
        assertThat(contains(clean.content(), "GPS")).isFalse();
        assertThat(contains(clean.content(), "EXIF")).isFalse();
        assertThat(clean.content()[20] & 0x08).isZero(); // VP8X no longer announces EXIF
        int riffSize = (clean.content()[4] & 0xFF) | (clean.content()[5] & 0xFF) << 8;
        assertThat(riffSize + 8).isEqualTo(clean.content().length);
        assertThat(clean.width()).isEqualTo(1);
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.thumbnail())).getWidth()).isEqualTo(1);
        assertThatCode(() -> ImageFiles.clean(clean.content(), MediaFormat.WEBP)).doesNotThrowAnyException();
    }

    @Test
    void decodingWaitsForItsShareOfTheMemoryBudgetAndIsRefusedAsBusyWhenItDoesNotCome() throws Exception {
        ImageFiles.DecodingBudget budget = new ImageFiles.DecodingBudget(100L * 1024 * 1024);
        ImageFiles.DecodingBudget.Share big = budget.take(80L * 1024 * 1024, 1);

        assertThatThrownBy(() -> budget.take(40L * 1024 * 1024, 1))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.busy"));
        budget.take(20L * 1024 * 1024, 1).close();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            budget.take(40L * 1024 * 1024, 10).close();
            return true;
        });
        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        big.close();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
        // A share larger than the whole budget waits for all of it instead of never fitting.
        budget.take(500L * 1024 * 1024, 1).close();
    }

    // ------------------------------------------------------------ helpers

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertThatCode(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable code) {
        return org.assertj.core.api.Assertions.assertThatCode(code);
    }

    private static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 90;
    }

    private static int frames(byte[] content, String format) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage frame(byte[] content, String format, int index) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input);
            return reader.read(index);
        } finally {
            reader.dispose();
        }
    }

    record Measured(Throwable thrown, long allocatedBytes, long millis) {
    }

    private static Measured measure(Runnable action) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        Throwable thrown = null;
        try {
            action.run();
        } catch (Throwable t) {
            thrown = t;
        }
        return new Measured(thrown, threads.getThreadAllocatedBytes(id) - before, (System.nanoTime() - start) / 1_000_000);
    }
}
