package org.telerehab.program.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class MediaFormatTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void recognisesEachFormatByItsFirstBytes() {
        assertThat(MediaFormat.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0)))
                .contains(MediaFormat.PNG);
        assertThat(MediaFormat.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(MediaFormat.JPEG);
        assertThat(MediaFormat.sniff(ascii("RIFF\0\0\0\0WEBPVP8 "))).contains(MediaFormat.WEBP);
        assertThat(MediaFormat.sniff(ascii("\0\0\0\u0018ftypisom\0\0\0\0"))).contains(MediaFormat.MP4);
        assertThat(MediaFormat.sniff(concat(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84), ascii("webm"))))
                .contains(MediaFormat.WEBM);
    }

    @Test
    void refusesLookAlikesAndTruncatedSignatures() {
        assertThat(MediaFormat.sniff(ascii("<!DOCTYPE html><script>alert(1)</script>"))).isEmpty();
        assertThat(MediaFormat.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A))).as("7 of PNG's 8 bytes").isEmpty();
        assertThat(MediaFormat.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'))).as("the 8 bytes alone")
                .contains(MediaFormat.PNG);
        assertThat(MediaFormat.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, 'X'))).isEmpty();
        assertThat(MediaFormat.sniff(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(MediaFormat.sniff(bytes(0xFF, 0xD8, 0x00))).isEmpty();
        assertThat(MediaFormat.sniff(ascii("RIFF\0\0\0\0WAVEfmt "))).as("a WAV sound").isEmpty();
        assertThat(MediaFormat.sniff(ascii("RIFF\0\0\0\0WEB"))).isEmpty();
        assertThat(MediaFormat.sniff(ascii("\0\0\0\u0014ftypqt  \0\0\0\0"))).as("QuickTime").isEmpty();
        assertThat(MediaFormat.sniff(ascii("\0\0\0\u0014ftyp"))).as("no brand").isEmpty();
        assertThat(MediaFormat.sniff(ascii("\0\0\0\u0014ftypiso"))).as("11 bytes: a brand cut short").isEmpty();
        assertThat(MediaFormat.sniff(ascii("\0\0\0\u0014ftypiso2"))).as("12 bytes: the brand whole")
                .contains(MediaFormat.MP4);
        assertThat(MediaFormat.sniff(ascii("\0\0\0\u0014ftzpisom\0\0\0\0"))).isEmpty();
        assertThat(MediaFormat.sniff(concat(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x88), ascii("matroska"))))
                .as("Matroska that is not WebM").isEmpty();
        assertThat(MediaFormat.sniff(concat(bytes(0x1A, 0x45, 0xDF, 0x00), ascii("webm")))).isEmpty();
        assertThat(MediaFormat.sniff(new byte[0])).isEmpty();
    }

    @Test
    void aWebmDocTypeMustFollowTheHeader() {
        assertThat(MediaFormat.sniff(concat(ascii("webm"), bytes(0x1A, 0x45, 0xDF, 0xA3)))).isEmpty();
    }

    @Test
    void declaredTypesAreOursOrNothing() {
        assertThat(MediaFormat.ofContentType("image/PNG")).contains(MediaFormat.PNG);
        assertThat(MediaFormat.ofContentType(" video/webm ; codecs=vp8")).contains(MediaFormat.WEBM);
        assertThat(MediaFormat.ofContentType("image/svg+xml")).isEmpty();
        assertThat(MediaFormat.ofContentType("text/html")).isEmpty();
        assertThat(MediaFormat.ofContentType(null)).isEmpty();
        assertThat(MediaFormat.PNG.isImage()).isTrue();
        assertThat(MediaFormat.WEBP.isImage()).isTrue();
        assertThat(MediaFormat.MP4.isImage()).isFalse();
        assertThat(MediaFormat.WEBM.contentType()).isEqualTo("video/webm");
    }
}
