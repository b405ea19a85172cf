package org.jiamusi.vet.cms.media;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Files are recognised by their first bytes; executables and everything else match nothing. */
class MediaFormatTest {

    @Test
    void imagesAndPdfsAreRecognisedByTheirSignatures() {
        assertThat(MediaFormat.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10})).contains(MediaFormat.JPEG);
        assertThat(MediaFormat.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains(MediaFormat.PNG);
        assertThat(MediaFormat.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(MediaFormat.GIF);
        assertThat(MediaFormat.detect("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains(MediaFormat.WEBP);
        assertThat(MediaFormat.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(MediaFormat.PDF);
    }

    @Test
    void executablesScriptsAndTruncatedSignaturesAreRefused() {
        assertThat(MediaFormat.detect(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0})).isEmpty();
        assertThat(MediaFormat.detect(new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1})).isEmpty();
        assertThat(MediaFormat.detect("#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MediaFormat.detect("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MediaFormat.detect("RIFF\u0000\u0000\u0000\u0000AVI ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MediaFormat.detect(new byte[]{(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(MediaFormat.detect(new byte[0])).isEmpty();
    }

    @Test
    void theStoredNameKeepsTheUploadedNameButTakesTheRealExtension() {
        assertThat(MediaLibrary.storedName("C:\\Users\\li\\开放日 照片.JPEG", MediaFormat.JPEG)).isEqualTo("开放日 照片.jpg");
        assertThat(MediaLibrary.storedName("../../etc/passwd.png", MediaFormat.PDF)).isEqualTo("passwd.pdf");
        assertThat(MediaLibrary.storedName(".png", MediaFormat.PNG)).isEqualTo("file.png");
    }
}
