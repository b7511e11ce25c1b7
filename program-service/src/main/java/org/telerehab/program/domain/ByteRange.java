package org.telerehab.program.domain;

import java.util.Optional;

/**
 * One range of a {@code Range: bytes=...} request over a file of a known size (RFC 9110, section 14): {@code a-b},
 * {@code a-} or the last {@code n} bytes ({@code -n}). Several ranges in one request are answered with the whole
 * file, as the RFC allows.
 */
public record ByteRange(long first, long last) {

    public long length() {
        return last - first + 1;
    }

    /** "bytes first-last/size", the Content-Range of a 206 answer. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** The outcome of reading a Range header. */
    public sealed interface Request permits Whole, Partial, Unsatisfiable {
    }

    /** No usable range: send the whole file (200). */
    public record Whole() implements Request {
    }

    /** Send this part (206). */
    public record Partial(ByteRange range) implements Request {
    }

    /** A syntactically valid range wholly beyond the file (416). */
    public record Unsatisfiable() implements Request {
    }

    public static Request of(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return new Whole();
        }
        String spec = header.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        String fromText = spec.substring(0, dash).strip();
        String toText = spec.substring(dash + 1).strip();
        Optional<Long> from = number(fromText);
        Optional<Long> to = number(toText);
        boolean notNumbers = from.isEmpty() != fromText.isEmpty() || to.isEmpty() != toText.isEmpty();
        if (from.isEmpty() && to.isEmpty() || notNumbers) {
            return new Whole(); // nothing, or something that is not a number: ignored
        }
        if (from.isEmpty()) {
            long suffix = to.get();
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = from.get();
        if (to.isPresent() && to.get() < first) {
            return new Whole(); // invalid: ignored, as the RFC says
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        long last = to.map(t -> Math.min(t, size - 1)).orElse(size - 1);
        return new Partial(new ByteRange(first, last));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
