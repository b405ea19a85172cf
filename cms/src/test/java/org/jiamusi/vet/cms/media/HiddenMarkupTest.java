package org.jiamusi.vet.cms.media;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiamusi.vet.cms.media.CraftedFiles.ascii;

/** HTML and script addresses are found in any case and anywhere; random binary data is not mistaken for them. */
class HiddenMarkupTest {

    @Test
    void tagsAndScriptAddressesAreFoundInAnyCaseAndAnywhere() {
        assertThat(HiddenMarkup.in(ascii("%PDF-1.7\n%<ScRiPt>alert(1)</script>"))).isTrue();
        assertThat(HiddenMarkup.in(ascii("GIF89a\u0000\u0001<HTML>"))).isTrue();
        assertThat(HiddenMarkup.in(ascii("<svg/onload=alert(1)>"))).isTrue();
        assertThat(HiddenMarkup.in(ascii("<img src=x onerror=alert(1)>"))).isTrue();
        assertThat(HiddenMarkup.in(ascii("<!DOCTYPE html>"))).isTrue();
        assertThat(HiddenMarkup.in(ascii("(JAVASCRIPT:alert(1))"))).isTrue();
    }

    @Test
    void wordsThatOnlyStartLikeATagAndRandomBytesAreNotMarkup() {
        assertThat(HiddenMarkup.in(ascii("<images> <scripture> <htmlx> a < b"))).isFalse();
        byte[] noise = new byte[4 * 1024 * 1024];
        new Random(20261203L).nextBytes(noise);
        assertThat(HiddenMarkup.in(noise)).isFalse();
    }
}
