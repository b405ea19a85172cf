package org.jiamusi.vet.cms.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain text readers and the index see of a sanitised rich text. */
class PublicTextTest {

    @Test
    void theSanitisersCharacterReferencesBecomeCharactersAgain() {
        String stored = RichText.sanitize("<p>The \"Chinese + vocational skills\" model & R&D 'Luban' <b>workshops</b></p>");

        assertThat(stored).contains("&#34;");
        assertThat(PublicText.plain(stored)).isEqualTo("The \"Chinese + vocational skills\" model & R&D 'Luban' workshops");
    }

    @Test
    void namedHexadecimalAndControlReferencesAreReadSafely() {
        assertThat(PublicText.plain("a&nbsp;b &lt;p&gt; &#x4E2D;&#25991; &#1;x &amp;amp;"))
                .isEqualTo("a b <p> 中文 x &amp;");
    }
}
