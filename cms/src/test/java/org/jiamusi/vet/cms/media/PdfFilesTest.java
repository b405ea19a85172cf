package org.jiamusi.vet.cms.media;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiamusi.vet.cms.media.CraftedFiles.ascii;
import static org.jiamusi.vet.cms.media.CraftedFiles.concat;

/** A PDF that can run script, start a program or carry other files is refused, wherever in the file the action hides. */
class PdfFilesTest {

    private static final String ALERT = "app.alert('pwned')";

    @Test
    void aPlainPdfIsAccepted() {
        assertThatCode(() -> PdfFiles.check(CraftedFiles.plainPdf())).doesNotThrowAnyException();
    }

    @Test
    void aPdfThatRunsJavaScriptWhenOpenedIsRefused() {
        byte[] pdf = CraftedFiles.pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(ALERT)));

        assertActive(pdf, "javascript");
    }

    @Test
    void javaScriptInTheNameTreeAPageActionALinkOrABookmarkIsRefusedToo() {
        assertActive(CraftedFiles.pdf(document -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript(ALERT)));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        }), "javascript");
        assertActive(CraftedFiles.pdf(document -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript(ALERT));
            document.getPage(0).setActions(actions);
        }), "javascript");
        assertActive(CraftedFiles.pdf(document -> annotate(document, link -> {
            PDActionURI uri = new PDActionURI();
            uri.setURI("JavaScript:alert(document.cookie)");
            link.setAction(uri);
        })), "javascript");
        assertActive(CraftedFiles.pdf(document -> {
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Chapter 1");
            item.setAction(new PDActionJavaScript(ALERT));
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);
        }), "javascript");
    }

    @Test
    void aPdfThatLaunchesAProgramIsRefused() {
        byte[] pdf = CraftedFiles.pdf(document -> annotate(document, link -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDComplexFileSpecification());
            link.setAction(launch);
        }));

        assertActive(pdf, "launch");
    }

    @Test
    void aPdfWithAnEmbeddedFileIsRefused() {
        byte[] pdf = CraftedFiles.pdf(document -> {
            try {
                PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(ascii("MZ\u0090\u0000 a program")));
                file.setSubtype("application/octet-stream");
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("setup.exe");
                spec.setEmbeddedFile(file);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("setup.exe", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertActive(pdf, "embedded");
    }

    @Test
    void aHeaderWithoutADocumentOrAPdfBehindHtmlIsRefused() {
        byte[] headerOnly = ascii("%PDF-1.7\n<html><body>" + CraftedFiles.SCRIPT + "</body></html>\n%%EOF\n");
        assertThatThrownBy(() -> PdfFiles.check(headerOnly))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("media.upload.pdfUnreadable"));

        byte[] htmlFirst = concat(ascii("<html><body>" + CraftedFiles.SCRIPT + "</body></html>\n"), CraftedFiles.plainPdf());
        assertThat(MediaFormat.detect(htmlFirst)).isEmpty();
    }

    private static void annotate(PDDocument document, Consumer<PDAnnotationLink> action) {
        try {
            PDPage page = document.getPage(0);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(50, 50, 100, 20));
            action.accept(link);
            page.getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertActive(byte[] pdf, String what) {
        assertThatThrownBy(() -> PdfFiles.check(pdf)).isInstanceOfSatisfying(MediaRejectedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("media.upload.pdfActive");
            assertThat(e.arguments()).containsEntry("what", what);
        });
    }
}
