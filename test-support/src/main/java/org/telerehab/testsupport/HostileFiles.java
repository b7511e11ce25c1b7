package org.telerehab.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Hostile files for an operation whose body is a file (a picture, a video): what is not the file it claims to be
 * (scripts, documents, executables, archives, look-alikes cut short or followed by a page), a real file under another
 * type, and types the operation does not take. The fuzzer's counterpart of {@link HostileJson} for binary bodies.
 */
public final class HostileFiles {

    /** A body as sent: its declared Content-Type and its bytes. */
    public record File(String contentType, byte[] bytes) {
        @Override
        public String toString() {
            return contentType + " (" + bytes.length + " bytes)";
        }
    }

    public record Variant(String description, File file) {
    }

    private static final List<String> FOREIGN_TYPES = List.of("text/html", "image/svg+xml", "application/octet-stream",
            "image/gif", "application/json");

    private HostileFiles() {
    }

    /** The variants of a valid {@code seed} for an operation that takes {@code types}. */
    public static List<Variant> of(File seed, List<String> types) {
        Set<String> declared = new LinkedHashSet<>(types);
        declared.add(seed.contentType());
        List<Variant> variants = new ArrayList<>();
        for (String type : declared) {
            contents(seed).forEach((what, bytes) ->
                    variants.add(new Variant(type + ": " + what, new File(type, bytes))));
            if (!type.equals(seed.contentType())) {
                variants.add(new Variant(type + ": a real " + seed.contentType() + " file",
                        new File(type, seed.bytes())));
            }
        }
        for (String foreign : FOREIGN_TYPES) {
            variants.add(new Variant(foreign + ": a real " + seed.contentType() + " file",
                    new File(foreign, seed.bytes())));
        }
        return variants;
    }

    private static Map<String, byte[]> contents(File seed) {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        Map<String, byte[]> c = new LinkedHashMap<>();
        c.put("nothing", new byte[0]);
        c.put("one byte", new byte[] {0});
        c.put("4 KB of random bytes", random);
        c.put("an HTML page",
                ascii("<!DOCTYPE html><html><body><script>fetch('/api/patients')</script></body></html>"));
        c.put("an SVG with a script",
                ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        c.put("a PDF", ascii("%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"));
        c.put("a Linux executable", concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[56]));
        c.put("a Windows executable", concat(ascii("MZ"), new byte[62]));
        c.put("a shell script", ascii("#!/bin/sh\nrm -rf /\n"));
        c.put("a ZIP archive", concat(new byte[] {'P', 'K', 3, 4}, new byte[26]));
        c.put("a GIF", ascii("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"));
        c.put("the first 8 bytes of the real file", Arrays.copyOf(seed.bytes(), 8));
        c.put("the real file's first half", Arrays.copyOf(seed.bytes(), seed.bytes().length / 2));
        c.put("a PNG signature before an HTML page", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A,
                '\n'}, c.get("an HTML page")));
        c.put("a JPEG signature before an HTML page", concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                c.get("an HTML page")));
        return c;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
