package org.jiamusi.vet.cms.media;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks an uploaded PDF with Apache PDFBox: it must parse and have a page, and it must not be able
 * to do anything when opened. Rather than asking the few places a reader looks for actions (the
 * document's open action, page and annotation actions, the JavaScript name tree), every object
 * reachable from the trailer is looked at, so an action hidden in a bookmark, a form field or an
 * object stream is found too. Refused: JavaScript anywhere (an action, a {@code /JS} entry, the
 * name tree, a {@code javascript:} link, an XFA form, whose scripts readers run), launch and
 * import actions, which start programs or read files, and embedded files (the name tree, file
 * attachments, rich media, go-to-embedded actions). Stream contents are never decoded.
 */
final class PdfFiles {

    /** Objects walked at most: a real brochure has thousands; far more is a file built to keep the server busy. */
    static final int MAX_OBJECTS = 1_000_000;

    private static final Set<String> SCRIPT_ACTIONS = Set.of("JavaScript");
    private static final Set<String> LAUNCH_ACTIONS = Set.of("Launch", "ImportData");
    private static final Set<String> EMBEDDING_ACTIONS = Set.of("GoToE", "RichMediaExecute");
    private static final Set<String> EMBEDDING_SUBTYPES = Set.of("FileAttachment", "RichMedia");
    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");

    private PdfFiles() {
    }

    /** Refuses the PDF with {@code media.upload.pdfUnreadable} or {@code media.upload.pdfActive} (its {@code what}: javascript, launch or embedded). */
    static void check(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() < 1) {
                throw unreadable();
            }
            String found = activeContent(document.getDocument().getTrailer());
            if (found != null) {
                throw new MediaRejectedException("media.upload.pdfActive", Map.of("what", found));
            }
        } catch (InvalidPasswordException e) {
            throw unreadable();
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            throw unreadable();
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw unreadable();
        }
    }

    /** What the first active thing found is, or null. */
    private static String activeContent(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(trailer);
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            COSBase value = next instanceof COSObject indirect ? indirect.getObject() : next;
            if (value == null || !seen.add(value)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                throw unreadable();
            }
            if (value instanceof COSDictionary dictionary) {
                String found = inDictionary(dictionary);
                if (found != null) {
                    return found;
                }
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    pending.push(entry.getValue());
                }
            } else if (value instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    pending.push(array.get(i));
                }
            }
        }
        return null;
    }

    private static String inDictionary(COSDictionary dictionary) {
        COSName action = dictionary.getCOSName(COSName.S);
        String kind = action == null ? "" : action.getName();
        if (dictionary.containsKey(JS) || SCRIPT_ACTIONS.contains(kind) || dictionary.containsKey(COSName.XFA)) {
            return "javascript";
        }
        if ("URI".equals(kind) && dictionary.getDictionaryObject(COSName.URI) instanceof COSString uri
                && uri.getString().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            return "javascript";
        }
        if (LAUNCH_ACTIONS.contains(kind)) {
            return "launch";
        }
        COSName type = dictionary.getCOSName(COSName.TYPE);
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        if (EMBEDDING_ACTIONS.contains(kind) || dictionary.containsKey(EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
                || EMBEDDED_FILE.equals(type) || (subtype != null && EMBEDDING_SUBTYPES.contains(subtype.getName()))) {
            return "embedded";
        }
        if (dictionary.containsKey(JAVASCRIPT) && dictionary.getDictionaryObject(JAVASCRIPT) instanceof COSDictionary) {
            return "javascript"; // the document's JavaScript name tree
        }
        return null;
    }

    private static MediaRejectedException unreadable() {
        return new MediaRejectedException("media.upload.pdfUnreadable", Map.of());
    }
}
