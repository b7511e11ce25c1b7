package org.telerehab.program.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The formats an exercise's media may have, recognised by their first bytes, never by a name or a header: an HTML
 * page called .jpg or a PNG sent as video/mp4 is refused. None of them can run in a browser.
 */
public enum MediaFormat {
    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp"),
    MP4("video/mp4"),
    WEBM("video/webm");

    /** Enough of the start of a file to recognise every format above. */
    public static final int SNIFF_BYTES = 64;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] EBML_SIGNATURE = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private final String contentType;

    MediaFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** The format a declared Content-Type names (parameters ignored, case-insensitive), if it is one of ours. */
    public static Optional<MediaFormat> ofContentType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String bare = declared.split(";", 2)[0].strip();
        return Arrays.stream(values()).filter(f -> f.contentType.equalsIgnoreCase(bare)).findFirst();
    }

    /** What the bytes are, from the start of the file ({@link #SNIFF_BYTES} or fewer if the file is shorter). */
    public static Optional<MediaFormat> sniff(byte[] head) {
        if (startsWith(head, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        // ISO base media (MP4): a first box of type "ftyp" whose major brand is not QuickTime's
        if (startsWith(head, 4, ascii("ftyp")) && head.length >= 12 && !startsWith(head, 8, ascii("qt  "))) {
            return Optional.of(MP4);
        }
        // Matroska's EBML header whose DocType (in the first bytes) is "webm"
        if (startsWith(head, 0, EBML_SIGNATURE) && new String(head, StandardCharsets.ISO_8859_1).contains("webm")) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
