package org.jiamusi.vet.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for the characters a text may hold, pinned range by range (XML 1.0 Char, without control characters). */
class TextCharactersTest {

    private static final String EMOJI = "\uD83D\uDE00";          // U+1F600
    private static final String CJK_EXTENSION_B = "\uD840\uDC00"; // U+20000 𠀀
    private static final String LAST_PLANE_16 = "\uDBFF\uDFFD";   // U+10FFFD

    @ParameterizedTest(name = "U+{0} is refused")
    @ValueSource(strings = {
            // C0 controls except tab, LF, CR: XML 1.0 has no way to carry them
            "0000", "0001", "0008", "000B", "000C", "000E", "001F",
            // DEL and the C1 controls: forbidden in iCalendar text, discouraged in XML
            "007F", "0080", "0085", "009F",
            // surrogate code points: a lone one is no character
            "D800", "DBFF", "DC00", "DFFF",
            // the two non-characters at the end of the BMP
            "FFFE", "FFFF"})
    void forbiddenCodePointsAreRefusedAndDropped(String hex) {
        int codePoint = Integer.parseInt(hex, 16);
        String text = "a" + (char) codePoint + "b";

        assertThat(TextCharacters.allowed(codePoint)).isFalse();
        assertThat(TextCharacters.allowed(text)).isFalse();
        assertThat(TextCharacters.firstForbidden(text)).hasValue(1);
        assertThat(TextCharacters.clean(text)).isEqualTo("ab");
    }

    @ParameterizedTest(name = "U+{0} is kept")
    @ValueSource(strings = {"0009", "000A", "000D", "0020", "007E", "00A0", "00E9", "0416", "4E2D", "D7FF", "E000", "FFFD",
            "10000", "1F600", "20000", "10FFFF"})
    void allowedCodePointsAtEveryEdgeOfTheRangesAreKept(String hex) {
        int codePoint = Integer.parseInt(hex, 16);

        assertThat(TextCharacters.allowed(codePoint)).isTrue();
        assertThat(TextCharacters.allowed(Character.toString(codePoint))).isTrue();
    }

    @Test
    void supplementaryCharactersSurviveAsPairsWhileLoneHalvesGo() {
        String text = "口腔" + EMOJI + CJK_EXTENSION_B + LAST_PLANE_16 + "\uD83D" + "修复" + "\uDE00";

        assertThat(TextCharacters.clean(text)).isEqualTo("口腔" + EMOJI + CJK_EXTENSION_B + LAST_PLANE_16 + "修复");
        assertThat(TextCharacters.firstForbidden(text)).hasValue(2 + 2 + 2 + 2);
        String clean = "Зубной техник " + EMOJI + " 𠀀\tline\r\nnext";
        assertThat(TextCharacters.clean(clean)).isSameAs(clean);
        assertThat(TextCharacters.name(0x1)).isEqualTo("U+0001");
        assertThat(TextCharacters.name(0x1F600)).isEqualTo("U+1F600");
    }

    @Test
    void theCleaningWriterKeepsADocumentWellFormedWhateverItsTextsAndAttributesHold() throws Exception {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = TextCharacters.cleaning(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out));
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeAttribute("title", "a\u0001b\uFFFE");
        xml.writeStartElement("summary");
        xml.writeCharacters("новости\u0001 \u001F" + CJK_EXTENSION_B + "\uD800");
        xml.writeEndElement();
        char[] chars = "x\u0002y".toCharArray();
        xml.writeStartElement("more");
        xml.writeCharacters(chars, 0, chars.length);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getAttribute("title")).isEqualTo("ab");
        assertThat(document.getElementsByTagName("summary").item(0).getTextContent()).isEqualTo("новости " + CJK_EXTENSION_B);
        assertThat(document.getElementsByTagName("more").item(0).getTextContent()).isEqualTo("xy");
    }
}
