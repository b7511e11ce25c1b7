package org.telerehab.registry.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a name, email, phone, language, time zone and birth date must be. One home for the rules: invitations and
 * edits both go through here, and the profile that is stored is the one these methods answered (trimmed, the email
 * in lower case as Keycloak keeps it).
 */
public final class ProfileRules {

    /** The portal's languages: English, Spanish, French and Arabic. */
    public static final Set<String> LOCALES = Set.of("en", "es", "fr", "ar");
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    /** Nobody alive was born longer ago: a birth date before this is a typing error. */
    public static final int MAX_AGE_YEARS = 130;

    // one @, no spaces, a dot in the domain part, no dot at either end of it: what a mail server will deliver to
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    // digits with the usual separators, an optional leading +: 6 to 15 digits (E.164 allows 15)
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]*");
    // the characters Keycloak's person-name validator refuses in a first or last name: refused here first, so that a
    // name Keycloak would not take is a 422 naming the field and never reaches it
    private static final Pattern NAME_PROHIBITED = Pattern.compile("[<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()]");
    private static final int MIN_PHONE_DIGITS = 6;
    private static final int MAX_PHONE_DIGITS = 15;

    private ProfileRules() {
    }

    /**
     * A given or family name: 1 to 100 characters after trimming, at least one letter (of any script), none of
     * {@code < > & " $ % ! # ? § ; * ~ / \ | ^ = [ ] { } ( )} and no control characters. Apostrophes, hyphens,
     * spaces and dots are names' own (O'Neil, Jean-Luc, J. R.).
     */
    public static String name(String field, String value) {
        String trimmed = required(field, value).strip();
        if (trimmed.isEmpty()) {
            throw new InvalidProfileException(field, "must not be blank");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidProfileException(field, "at most " + MAX_NAME + " characters");
        }
        checkPrintable(field, trimmed);
        if (NAME_PROHIBITED.matcher(trimmed).find()) {
            throw new InvalidProfileException(field, "must not contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ]"
                    + " { } ( )");
        }
        if (trimmed.codePoints().noneMatch(Character::isLetter)) {
            throw new InvalidProfileException(field, "must contain a letter");
        }
        return trimmed;
    }

    /** An address a mail server delivers to, at most 254 characters; answered in lower case. */
    public static String email(String value) {
        String trimmed = required("email", value).strip();
        if (trimmed.length() > MAX_EMAIL || !EMAIL.matcher(trimmed).matches()) {
            throw new InvalidProfileException("email", "must be an email address such as name@example.org");
        }
        checkPrintable("email", trimmed);
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** Optional; digits with spaces, dots, dashes or parentheses, an optional leading +, 6 to 15 digits. */
    public static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        long digits = trimmed.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(trimmed).matches() || digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) {
            throw new InvalidProfileException("phone", "must be a phone number of 6 to 15 digits, e.g. +1 555 0101");
        }
        return trimmed;
    }

    public static String locale(String value) {
        if (!LOCALES.contains(required("locale", value))) {
            throw new InvalidProfileException("locale", "must be one of en, es, fr, ar");
        }
        return value;
    }

    /** An IANA time zone such as Europe/Madrid: a patient's days (reminders, daily pain) are counted in it. */
    public static String timeZone(String value) {
        if (!ZoneId.getAvailableZoneIds().contains(required("timeZone", value))) {
            throw new InvalidProfileException("timeZone", "must be an IANA time zone such as Europe/Madrid");
        }
        return value;
    }

    /** Not after today and not more than 130 years before it. */
    public static LocalDate birthDate(LocalDate value, LocalDate today) {
        if (value == null) {
            throw new InvalidProfileException("birthDate", "is required");
        }
        if (value.isAfter(today)) {
            throw new InvalidProfileException("birthDate", "must not be in the future");
        }
        if (value.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            throw new InvalidProfileException("birthDate", "must be within the last " + MAX_AGE_YEARS + " years");
        }
        return value;
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new InvalidProfileException(field, "is required");
        }
        return value;
    }

    private static void checkPrintable(String field, String value) {
        if (value.chars().anyMatch(c -> Character.isISOControl(c) || isBidiControl(c))) {
            throw new InvalidProfileException(field, "must not contain control characters");
        }
    }

    /**
     * The embeddings, overrides and isolates of the bidirectional algorithm: in a name they can make it display as
     * another name (a right-to-left override reverses what follows). Arabic names need none of them.
     */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
