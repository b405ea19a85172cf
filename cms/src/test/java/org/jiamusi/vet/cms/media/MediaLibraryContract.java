package org.jiamusi.vet.cms.media;

import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.testing.Actors;
import org.jiamusi.vet.cms.testing.BackOffice;
import org.jiamusi.vet.cms.testing.BackOffice.Services;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.NewsArticles;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.TestClock;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads checked by content, size and pixels; thumbnails; alt texts; usages; deletion. */
abstract class MediaLibraryContract extends DatabaseContract {

    static final Map<Language, String> ALT = Map.of(
            Language.ZH, "初中生在口腔修复实训室里观察石膏牙齿模型",
            Language.RU, "Школьники рассматривают гипсовые модели зубов",
            Language.EN, "Pupils looking at plaster models of teeth");
    /** The first bytes of a Windows executable, as a renamed download would start. */
    static final byte[] WINDOWS_EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    private BackOffice office;

    private Path folder;

    @BeforeAll
    void openTheLibrary() {
        try {
            folder = Files.createTempDirectory("media-library-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        office = new BackOffice(emf(), new TestClock(Instant.parse("2026-12-03T03:00:00Z")), folder);
    }

    @AfterAll
    void deleteTheStoredFiles() throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aRenamedExecutableIsRefusedWhateverItsNameAndNothingIsStored() {
        long before = office.inTransaction((Services s) -> s.media().count(Actors.editor()));
        long filesBefore = filesUnder(folder);

        assertThatThrownBy(() -> upload("kaifangri.jpg", WINDOWS_EXECUTABLE, ALT))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.typeRefused"));
        assertThatThrownBy(() -> upload("brochure.pdf", "<html><script>".getBytes(StandardCharsets.UTF_8), Map.of()))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.typeRefused"));

        assertThat(office.inTransaction((Services s) -> s.media().count(Actors.editor()))).isEqualTo(before);
        assertThat(filesUnder(folder)).isEqualTo(filesBefore);
    }

    @Test
    void aPngWithAltTextsInEveryLanguageIsStoredWithItsSizeAndAThumbnailWithoutMetadata() throws IOException {
        ContentItem item = upload("开放日.png", png(1200, 600), ALT);

        MediaSummary summary = office.inTransaction((Services s) -> s.media().find(Actors.editor(), item.getId())).orElseThrow();
        assertThat(summary.mediaType()).isEqualTo("image/png");
        assertThat(summary.fileName()).isEqualTo("开放日.png");
        assertThat(summary.width()).isEqualTo(1200);
        assertThat(summary.height()).isEqualTo(600);
        assertThat(summary.altTexts()).isEqualTo(ALT);
        assertThat(summary.thumbnailKey()).isNotNull();
        BufferedImage thumbnail = ImageIO.read(office.storage().path(summary.thumbnailKey()).toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(160);
        assertThat(Files.readAllBytes(office.storage().path(summary.storageKey()))).startsWith((byte) 0x89, (byte) 'P');
    }

    @Test
    void anImageWithoutAltTextInOneLanguageOrTooManyPixelsOrBrokenInsideIsRefused() {
        assertThatThrownBy(() -> upload("photo.png", png(40, 40), Map.of(Language.ZH, "照片", Language.EN, "A photo")))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("media.altText.required");
                    assertThat(e.arguments()).containsEntry("languages", "ru");
                });
        // the README's limit: at most 8000 px a side
        assertThatThrownBy(() -> upload("wide.png", png(8001, 1), ALT))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.tooManyPixels"));
        byte[] truncated = java.util.Arrays.copyOf(jpeg(400, 300), 40);
        assertThatThrownBy(() -> upload("broken.jpg", truncated, ALT))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.unreadable"));
        // the README's limit: at most 10 MB a file
        assertThatThrownBy(() -> upload("huge.pdf", pdf(10 * 1024 * 1024 + 1), Map.of()))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.tooLarge"));
    }

    @Test
    void aPdfNeedsNoAltTextAndHasNoThumbnail() {
        ContentItem item = upload("jiamusi-plan.pdf", CraftedFiles.plainPdf(), Map.of());

        MediaSummary summary = office.inTransaction((Services s) -> s.media().find(Actors.editor(), item.getId())).orElseThrow();
        assertThat(summary.mediaType()).isEqualTo("application/pdf");
        assertThat(summary.thumbnailKey()).isNull();
        assertThat(summary.width()).isNull();
    }

    @Test
    void aGifJavaScriptPolyglotIsStoredReEncodedSoTheServedFileCarriesNoScript() throws IOException {
        byte[] polyglot = CraftedFiles.gifJavaScriptPolyglot(CraftedFiles.animatedGif(40, 30, CraftedFiles.BLUE, CraftedFiles.RED));

        ContentItem item = upload("kaifangri.gif", polyglot, ALT);

        MediaSummary summary = office.inTransaction((Services s) -> s.media().find(Actors.editor(), item.getId())).orElseThrow();
        byte[] served = Files.readAllBytes(office.storage().path(summary.storageKey()));
        assertThat(CraftedFiles.contains(served, "alert(")).isFalse();
        assertThat(CraftedFiles.contains(served, "<script")).isFalse();
        assertThat(served).startsWith('G', 'I', 'F', '8', '9', 'a');
        assertThat(summary.byteSize()).isEqualTo(served.length);
        assertThat(summary.width()).isEqualTo(40);
        assertThat(ImageIO.read(new ByteArrayInputStream(served)).getHeight()).isEqualTo(30);
    }

    @Test
    void aPhotoIsStoredWithoutItsExifGpsPosition() throws IOException {
        ContentItem item = upload("shixun.jpg", CraftedFiles.sidewaysJpegWithGps(120, 60), ALT);

        MediaSummary summary = office.inTransaction((Services s) -> s.media().find(Actors.editor(), item.getId())).orElseThrow();
        byte[] served = Files.readAllBytes(office.storage().path(summary.storageKey()));
        assertThat(CraftedFiles.contains(served, "JIAMUSI-GPS")).isFalse();
        assertThat(CraftedFiles.contains(served, "Exif")).isFalse();
        assertThat(summary.width()).isEqualTo(60);
        assertThat(summary.height()).isEqualTo(120);
    }

    @Test
    void pdfsWithJavaScriptOrHtmlAndAWebpHeaderWithAnHtmlBodyAreRefusedAndNothingIsStored() {
        long before = office.inTransaction((Services s) -> s.media().count(Actors.editor()));
        long filesBefore = filesUnder(folder);
        byte[] scripted = CraftedFiles.pdf(document -> document.getDocumentCatalog()
                .setOpenAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert(1)")));
        byte[] pdfThenHtml = CraftedFiles.concat(CraftedFiles.plainPdf(),
                CraftedFiles.ascii("<html><body>" + CraftedFiles.SCRIPT + "</body></html>"));
        byte[] htmlThenPdf = CraftedFiles.concat(CraftedFiles.ascii("<html><body>" + CraftedFiles.SCRIPT + "</body></html>\n"),
                CraftedFiles.plainPdf());

        assertThatThrownBy(() -> upload("plan.pdf", scripted, Map.of()))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.pdfActive"));
        assertThatThrownBy(() -> upload("plan.pdf", pdfThenHtml, Map.of()))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("media.upload.hiddenMarkup");
                    assertThat(e.arguments()).containsEntry("name", "plan.pdf");
                });
        assertThatThrownBy(() -> upload("plan.pdf", htmlThenPdf, Map.of()))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.typeRefused"));
        assertThatThrownBy(() -> upload("photo.webp", CraftedFiles.webpHeaderWithHtmlBody(), ALT))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.unreadable"));

        assertThat(office.inTransaction((Services s) -> s.media().count(Actors.editor()))).isEqualTo(before);
        assertThat(filesUnder(folder)).isEqualTo(filesBefore);
    }

    @Test
    void mediaInUseCannotBeDeletedAndIsDeletedWithItsFilesOnceUnused() {
        long photo = upload("photo.jpg", jpeg(800, 600), ALT).getId();
        long inline = upload("inline.png", png(30, 30), ALT).getId();
        long article = office.inTransaction((Services s) -> s.content().create(Actors.editor(), ContentType.NEWS_ARTICLE, null, null, false,
                NewsArticles.openDayReport(photo, 12345).build(), null).getId());
        long programme = office.inTransaction((Services s) -> s.content().create(Actors.editor(), ContentType.PROGRAMME, null, null, false,
                DraftBuilder.from(Programmes.chineseOnly("口腔护理")).text(Language.ZH, "description", "见图：/media/" + inline + "/inline.png").build(),
                null).getId());

        assertThat(office.inTransaction((Services s) -> s.media().usages(photo))).extracting(MediaUsage::itemId, MediaUsage::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(article, "image"));
        assertThat(office.inTransaction((Services s) -> s.media().usages(inline))).extracting(MediaUsage::itemId).containsExactly(programme);
        assertThatThrownBy(() -> office.inTransaction((Services s) -> {
            s.media().delete(Actors.editor(), photo);
            return null;
        })).isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.delete.inUse"));
        assertThatThrownBy(() -> office.inTransaction((Services s) -> {
            s.media().delete(Actors.russianTranslator(), inline);
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        office.inTransaction((Services s) -> s.content().save(Actors.editor(), article, 1,
                NewsArticles.openDayReport(photo, 12345).field(org.jiamusi.vet.cms.news.NewsArticleProjection.IMAGE, null).build(), "no photo"));
        String key = office.inTransaction((Services s) -> s.media().find(Actors.editor(), photo)).orElseThrow().storageKey();
        office.inTransaction((Services s) -> {
            s.media().delete(Actors.editor(), photo);
            return null;
        });

        assertThat(office.inTransaction((Services s) -> s.media().find(Actors.editor(), photo))).isEmpty();
        assertThat(Files.exists(office.storage().path(key))).isFalse();
        assertThat(office.inTransaction((Services s) -> s.audit().forItem(photo))).extracting(a -> a.getAction()).contains("media.delete");
    }

    @Test
    void altTextsAreChangedAsANewRevisionAndStayRequiredForImages() {
        ContentItem item = upload("lab.png", png(50, 50), ALT);
        Map<Language, String> changed = Map.of(Language.ZH, "实训室", Language.RU, "Мастерская", Language.EN, "The workshop");

        office.inTransaction((Services s) -> s.media().updateTexts(Actors.editor(), item.getId(), 1, changed, Map.of(Language.EN, "Caption")));

        assertThat(office.inTransaction((Services s) -> s.media().find(Actors.editor(), item.getId())).orElseThrow().altTexts()).isEqualTo(changed);
        assertThatThrownBy(() -> office.inTransaction((Services s) -> s.media().updateTexts(Actors.editor(), item.getId(), 2,
                Map.of(Language.ZH, "实训室"), Map.of())))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.arguments()).containsEntry("languages", "ru, en"));
    }

    @Test
    void anAltTextHoldingAControlCharacterIsRefusedAndChangesNothing() {
        ContentItem item = upload("workshop.png", png(40, 40), ALT);
        Map<Language, String> pasted = Map.of(Language.ZH, "实训室", Language.RU, "Мастерская\u0001", Language.EN, "The workshop");

        assertThatThrownBy(() -> office.inTransaction((Services s) -> s.media().updateTexts(Actors.editor(), item.getId(), 1, pasted, Map.of())))
                .isInstanceOfSatisfying(org.jiamusi.vet.cms.content.ContentValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field(), v -> v.language(), v -> v.messageKey())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(MediaItemProjection.ALT_TEXT, Language.RU, "content.field.forbiddenCharacter")));
        assertThat(office.inTransaction((Services s) -> s.media().find(Actors.editor(), item.getId())).orElseThrow().altTexts()).isEqualTo(ALT);
    }

    // ------------------------------------------------------------ helpers

    private ContentItem upload(String name, byte[] content, Map<Language, String> alt) {
        return office.inTransaction((Services s) -> s.media().upload(Actors.editor(), new MediaUpload(name, content, alt, Map.of(), null)));
    }

    static byte[] png(int width, int height) {
        return image(width, height, "png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg(int width, int height) {
        return image(width, height, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] image(int width, int height, String format, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1F, 0x6F, 0xB2));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] pdf(int size) {
        byte[] pdf = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        return pdf;
    }

    private static long filesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
