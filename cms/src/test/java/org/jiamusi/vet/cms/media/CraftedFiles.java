package org.jiamusi.vet.cms.media;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Files an attacker (or a camera) would upload, built byte by byte in the test: polyglots, headers
 * that lie about their size, EXIF with a position, PDFs with actions. Nothing here comes from the
 * code under test.
 */
final class CraftedFiles {

    static final String SCRIPT = "<script>alert(document.cookie)</script>";
    /** JavaScript that a GIF polyglot carries, as it would be run by {@code <script src=…gif>}. */
    static final String GIF_JAVASCRIPT = "*/=1;alert(document.domain);/*";
    /** A 1 × 1 lossless WebP (Modernizr's feature test image), the smallest real WebP there is. */
    static final byte[] WEBP_LOSSLESS_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    static final Color BLUE = new Color(0x1F, 0x6F, 0xB2);
    static final Color RED = new Color(0xE0, 0x10, 0x10);

    private CraftedFiles() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static boolean contains(byte[] content, String ascii) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(ascii);
    }

    // ------------------------------------------------------------ PNG

    /** A PNG whose header claims width × height pixels of RGBA, followed by a few bytes of real image data. */
    static byte[] pngClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] idat = new byte[8192];
        int length = deflater.deflate(idat);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, chunk("IHDR", ihdr.array()),
                chunk("IDAT", java.util.Arrays.copyOf(idat, length)), chunk("IEND", new byte[0]));
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(ascii(type)).put(data).putInt((int) crc.getValue()).array();
    }

    /** A PNG with a transparent half, and HTML in a text chunk before its image data. */
    static byte[] transparentPngWithHtmlText(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BLUE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        byte[] png = write(image, "png");
        byte[] text = chunk("tEXt", concat(ascii("Comment"), new byte[] {0}, ascii("<html><body>" + SCRIPT + "</body></html>")));
        int afterHeader = 8 + 25;
        return concat(java.util.Arrays.copyOfRange(png, 0, afterHeader), text, java.util.Arrays.copyOfRange(png, afterHeader, png.length));
    }

    // ------------------------------------------------------------ GIF

    /** An animated GIF of the given frames (each a solid colour), 100 ms each, looping forever. */
    static byte[] animatedGif(int width, int height, Color... frames) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            writer.prepareWriteSequence(null);
            for (Color colour : frames) {
                BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
                Graphics2D g = frame.createGraphics();
                g.setColor(colour);
                g.fillRect(0, 0, width, height);
                g.dispose();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "10");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
                IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                loop.setAttribute("applicationID", "NETSCAPE");
                loop.setAttribute("authenticationCode", "2.0");
                loop.setUserObject(new byte[] {1, 0, 0});
                apps.appendChild(loop);
                root.appendChild(apps);
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * A real GIF turned into a GIF/JavaScript polyglot: a comment extension holding script before
     * the first frame and HTML with script after the trailer, where browsers and decoders stop reading.
     */
    static byte[] gifJavaScriptPolyglot(byte[] gif) {
        int packed = gif[10] & 0xFF;
        int afterScreen = 13 + ((packed & 0x80) != 0 ? 3 * (1 << ((packed & 0x07) + 1)) : 0);
        byte[] text = ascii(GIF_JAVASCRIPT + SCRIPT);
        byte[] comment = concat(new byte[] {0x21, (byte) 0xFE, (byte) text.length}, text, new byte[] {0});
        return concat(java.util.Arrays.copyOfRange(gif, 0, afterScreen), comment,
                java.util.Arrays.copyOfRange(gif, afterScreen, gif.length), ascii("\n" + GIF_JAVASCRIPT + SCRIPT));
    }

    // ------------------------------------------------------------ JPEG

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A photo stored sideways (its left column red), with EXIF saying "turn 90° clockwise" (orientation 6) and a GPS latitude. */
    static byte[] sidewaysJpegWithGps(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(RED);
        g.fillRect(0, 0, width / 4, height);
        g.dispose();
        byte[] jpeg = write(image, "jpeg");
        // TIFF, little-endian: IFD0 at 8 with Orientation = 6 and a pointer to the GPS IFD at 38,
        // which holds GPSLatitudeRef "N" and GPSMapDatum "JIAMUSI-GPS-46.80N".
        ByteBuffer tiff = ByteBuffer.allocate(96).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put(ascii("II")).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(ascii("N")).put((byte) 0).putShort((short) 0);
        byte[] datum = ascii("JIAMUSI-GPS-46.80N\0");
        tiff.putShort((short) 0x0012).putShort((short) 2).putInt(datum.length).putInt(68);
        tiff.putInt(0);
        tiff.position(68);
        tiff.put(datum);
        byte[] exif = concat(ascii("Exif\0\0"), java.util.Arrays.copyOf(tiff.array(), tiff.position()));
        int length = exif.length + 2;
        byte[] app1 = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, exif);
        return concat(java.util.Arrays.copyOfRange(jpeg, 0, 2), app1, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    // ------------------------------------------------------------ WebP

    /** A RIFF/WebP header whose image chunk is an HTML page. */
    static byte[] webpHeaderWithHtmlBody() {
        byte[] html = ascii("<!DOCTYPE html><html><body>" + SCRIPT + "</body></html>");
        return concat(ascii("RIFF"), le32(4 + 8 + html.length), ascii("WEBPVP8 "), le32(html.length), html);
    }

    /** The 1 × 1 WebP in an extended container with EXIF (a GPS position), an unknown chunk holding HTML, and HTML after the RIFF's end. */
    static byte[] webpWithExifAndHtml() {
        byte[] image = java.util.Arrays.copyOfRange(WEBP_LOSSLESS_1X1, 12, WEBP_LOSSLESS_1X1.length);
        byte[] vp8x = concat(ascii("VP8X"), le32(10), new byte[] {0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        byte[] exifText = ascii("Exif GPS 46.80N 130.32E ");
        byte[] exif = concat(ascii("EXIF"), le32(exifText.length), exifText);
        byte[] htmlText = ascii("<html>" + SCRIPT + "</html>");
        byte[] html = concat(ascii("HTML"), le32(htmlText.length), htmlText, htmlText.length % 2 == 1 ? new byte[] {0} : new byte[0]);
        byte[] body = concat(ascii("WEBP"), vp8x, image, exif, html);
        return concat(ascii("RIFF"), le32(body.length), body, ascii(SCRIPT));
    }

    static byte[] le32(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    // ------------------------------------------------------------ PDF

    /** A one-page PDF made with PDFBox, changed by the given step before it is saved. */
    static byte[] pdf(Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            change.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] plainPdf() {
        return pdf(document -> {
        });
    }
}
