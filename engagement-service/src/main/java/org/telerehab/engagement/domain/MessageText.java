package org.telerehab.engagement.domain;

import java.util.Optional;

/**
 * What a message's text may be: 1 to {@value #MAX} characters (Unicode code points, as PostgreSQL counts them, so an
 * emoji is one) once the whitespace around it is stripped; line breaks and tabs within it are kept, any other control
 * character and a lone surrogate are refused. A Windows line break (CR LF) is kept as one line feed.
 */
public final class MessageText {

    public static final int MAX = 4000;

    private MessageText() {
    }

    /** The text as it is stored: the typed one, stripped, with CR LF as LF. Null when {@link #problem} has one. */
    public static String normalized(String typed) {
        return typed == null ? null : typed.replace("\r\n", "\n").strip();
    }

    /** Why the text cannot be a message, in words for the field error; empty when it can. */
    public static Optional<String> problem(String typed) {
        String text = normalized(typed);
        if (text == null || text.isEmpty()) {
            return Optional.of("must not be empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX) {
            return Optional.of("at most " + MAX + " characters (this one has " + length + ")");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                return Optional.of("must not contain control characters other than line breaks and tabs");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be valid Unicode text (a lone surrogate)");
            }
        }
        return Optional.empty();
    }
}
