package org.jiamusi.vet.i18n;

import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.OptionalInt;

/**
 * The one rule for which characters a stored text may hold, because every text ends up in XML
 * (Atom, sitemap, XLIFF, the back office's AJAX answers) or iCalendar: a character of XML 1.0's
 * {@code Char} production ({@code #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]})
 * that is not a control character other than tab, line feed and carriage return.
 * <p>
 * So it refuses C0 controls but tab, LF and CR (not XML at all: one U+0001 makes a feed unreadable),
 * DEL and the C1 controls U+007F–U+009F (RFC 5545 forbids DEL in iCalendar text, XML 1.0 §2.2
 * discourages the C1 block and XML 1.1 allows them only as references; nobody types them, they come
 * in with pasted text), surrogate code points (a lone surrogate in a Java string is no character and
 * no encoder writes it) and the non-characters U+FFFE and U+FFFF. Supplementary characters (emoji,
 * CJK Extension B such as 𠀀) are allowed.
 * <p>
 * It lives here, at the bottom of the modules, so that the content service (which refuses a save
 * that breaks it) and every writer of XML or iCalendar (which {@link #clean cleans} what it writes,
 * for texts stored before the rule) read the same rule. Plain Java, no ICU.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** Whether a text may hold this code point. */
    public static boolean allowed(int codePoint) {
        if (codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD) {
            return true;
        }
        return (codePoint >= 0x20 && codePoint <= 0x7E)
                || (codePoint >= 0xA0 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** The index (in chars) of the first code point the text may not hold, if any; a lone surrogate counts as one. */
    public static OptionalInt firstForbidden(CharSequence text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            if (!allowed(codePoint)) {
                return OptionalInt.of(i);
            }
            i += Character.charCount(codePoint);
        }
        return OptionalInt.empty();
    }

    /** Whether the whole text keeps the rule; null does. */
    public static boolean allowed(CharSequence text) {
        return firstForbidden(text).isEmpty();
    }

    /** The text without the code points it may not hold; the same instance when it has none. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        OptionalInt first = firstForbidden(text);
        if (first.isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, first.getAsInt());
        for (int i = first.getAsInt(); i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (allowed(codePoint)) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    /** A code point as a reader of a message can look it up: {@code U+0001}, {@code U+1F600}. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /**
     * A writer that cleans every text and attribute value it is given before the wrapped one writes
     * it, so a document stays well-formed whatever a stored text holds. Names are the caller's own
     * constants and are passed on as they are.
     */
    public static XMLStreamWriter cleaning(XMLStreamWriter xml) {
        return new CleaningXmlWriter(xml);
    }

    private static final class CleaningXmlWriter implements XMLStreamWriter {

        private final XMLStreamWriter out;

        CleaningXmlWriter(XMLStreamWriter out) {
            this.out = out;
        }

        @Override
        public void writeCharacters(String text) throws XMLStreamException {
            out.writeCharacters(clean(text));
        }

        @Override
        public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
            out.writeCharacters(clean(new String(text, start, len)));
        }

        @Override
        public void writeAttribute(String localName, String value) throws XMLStreamException {
            out.writeAttribute(localName, clean(value));
        }

        @Override
        public void writeAttribute(String prefix, String namespaceURI, String localName, String value) throws XMLStreamException {
            out.writeAttribute(prefix, namespaceURI, localName, clean(value));
        }

        @Override
        public void writeAttribute(String namespaceURI, String localName, String value) throws XMLStreamException {
            out.writeAttribute(namespaceURI, localName, clean(value));
        }

        @Override
        public void writeCData(String data) throws XMLStreamException {
            out.writeCData(clean(data));
        }

        @Override
        public void writeComment(String data) throws XMLStreamException {
            out.writeComment(clean(data));
        }

        @Override
        public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
            out.writeProcessingInstruction(target, clean(data));
        }

        @Override
        public void writeStartElement(String localName) throws XMLStreamException {
            out.writeStartElement(localName);
        }

        @Override
        public void writeStartElement(String namespaceURI, String localName) throws XMLStreamException {
            out.writeStartElement(namespaceURI, localName);
        }

        @Override
        public void writeStartElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
            out.writeStartElement(prefix, localName, namespaceURI);
        }

        @Override
        public void writeEmptyElement(String namespaceURI, String localName) throws XMLStreamException {
            out.writeEmptyElement(namespaceURI, localName);
        }

        @Override
        public void writeEmptyElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
            out.writeEmptyElement(prefix, localName, namespaceURI);
        }

        @Override
        public void writeEmptyElement(String localName) throws XMLStreamException {
            out.writeEmptyElement(localName);
        }

        @Override
        public void writeEndElement() throws XMLStreamException {
            out.writeEndElement();
        }

        @Override
        public void writeEndDocument() throws XMLStreamException {
            out.writeEndDocument();
        }

        @Override
        public void close() throws XMLStreamException {
            out.close();
        }

        @Override
        public void flush() throws XMLStreamException {
            out.flush();
        }

        @Override
        public void writeNamespace(String prefix, String namespaceURI) throws XMLStreamException {
            out.writeNamespace(prefix, namespaceURI);
        }

        @Override
        public void writeDefaultNamespace(String namespaceURI) throws XMLStreamException {
            out.writeDefaultNamespace(namespaceURI);
        }

        @Override
        public void writeProcessingInstruction(String target) throws XMLStreamException {
            out.writeProcessingInstruction(target);
        }

        @Override
        public void writeDTD(String dtd) throws XMLStreamException {
            out.writeDTD(dtd);
        }

        @Override
        public void writeEntityRef(String name) throws XMLStreamException {
            out.writeEntityRef(name);
        }

        @Override
        public void writeStartDocument() throws XMLStreamException {
            out.writeStartDocument();
        }

        @Override
        public void writeStartDocument(String version) throws XMLStreamException {
            out.writeStartDocument(version);
        }

        @Override
        public void writeStartDocument(String encoding, String version) throws XMLStreamException {
            out.writeStartDocument(encoding, version);
        }

        @Override
        public String getPrefix(String uri) throws XMLStreamException {
            return out.getPrefix(uri);
        }

        @Override
        public void setPrefix(String prefix, String uri) throws XMLStreamException {
            out.setPrefix(prefix, uri);
        }

        @Override
        public void setDefaultNamespace(String uri) throws XMLStreamException {
            out.setDefaultNamespace(uri);
        }

        @Override
        public void setNamespaceContext(NamespaceContext context) throws XMLStreamException {
            out.setNamespaceContext(context);
        }

        @Override
        public NamespaceContext getNamespaceContext() {
            return out.getNamespaceContext();
        }

        @Override
        public Object getProperty(String name) {
            return out.getProperty(name);
        }
    }
}
