package org.telerehab.registry.rest;

import org.telerehab.registry.AccountServers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** What the test's mail server received for an address (through GreenMail's own API), each message as its text. */
public final class Mailbox {

    private static final Pattern ACTION_LINK =
            Pattern.compile("https?://[^/\\s]+/realms/telerehab/login-actions/action-token\\?key=([A-Za-z0-9._-]+)");

    private Mailbox() {
    }

    static List<String> messagesTo(String address) {
        return rawMessagesTo(address).stream().map(Mailbox::decoded).toList();
    }

    /**
     * The messages registry-service itself sent to the address (raw, see {@link #rawMessagesTo}): all but Keycloak's,
     * which link to its login actions (the invitation).
     */
    public static List<String> registryMailsTo(String address) {
        return rawMessagesTo(address).stream().filter(raw -> !ACTION_LINK.matcher(decoded(raw)).find()).toList();
    }

    /** Each message as the server received it (MIME, its transfer encodings left as they are). */
    public static List<String> rawMessagesTo(String address) {
        List<String> raw = given().baseUri("http://127.0.0.1:" + AccountServers.mail().apiPort())
                .get("/api/user/{address}/messages/INBOX", address)
                .then().extract().jsonPath().getList("mimeMessage", String.class);
        return raw == null ? List.of() : raw;
    }

    /**
     * The text of a single-part message as received (registry's own mails), its transfer encoding (quoted-printable
     * or base64) undone and its charset UTF-8, lines ending in LF.
     */
    public static String text(String raw) {
        String[] parts = raw.split("\\r?\\n\\r?\\n", 2);
        if (parts.length < 2) {
            throw new AssertionError("no body in: " + raw);
        }
        Matcher encoding = Pattern.compile("(?im)^Content-Transfer-Encoding:\\s*(\\S+)").matcher(parts[0]);
        String body = parts[1];
        byte[] bytes = switch (encoding.find() ? encoding.group(1).toLowerCase(Locale.ROOT) : "7bit") {
            case "base64" -> Base64.getMimeDecoder().decode(body.strip());
            case "quoted-printable" -> quotedPrintable(body);
            default -> body.getBytes(StandardCharsets.UTF_8);
        };
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** RFC 2045's quoted-printable: soft line breaks joined, {@code =XX} the byte XX. */
    private static byte[] quotedPrintable(String body) {
        String joined = body.replaceAll("=\\r?\\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    /** The claims of the action token in the mail's link (Keycloak's login-actions), as JSON. */
    static String actionToken(String mail) {
        Matcher link = ACTION_LINK.matcher(mail);
        if (!link.find()) {
            throw new AssertionError("no link to Keycloak's login actions in: " + mail);
        }
        return new String(Base64.getUrlDecoder().decode(link.group(1).split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** The mail's subject, decoded (a subject with accents comes as RFC 2047 encoded words). */
    public static String subject(String mail) {
        Matcher subject = Pattern.compile("(?m)^Subject: (.*(?:\\r?\\n[ \\t].*)*)").matcher(mail);
        if (!subject.find()) {
            throw new AssertionError("no subject in: " + mail);
        }
        return encodedWords(subject.group(1).replaceAll("\\r?\\n[ \\t]", " ").strip());
    }

    /** RFC 2047: {@code =?charset?Q|B?text?=} decoded; the space between two encoded words is not text. */
    private static String encodedWords(String header) {
        Matcher word = Pattern.compile("=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?=")
                .matcher(header.replaceAll("\\?=\\s+=\\?", "?==?"));
        StringBuilder text = new StringBuilder();
        while (word.find()) {
            byte[] bytes = word.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(word.group(3))
                    : quoted(word.group(3));
            word.appendReplacement(text, Matcher.quoteReplacement(new String(bytes, Charset.forName(word.group(1)))));
        }
        word.appendTail(text);
        return text.toString();
    }

    private static byte[] quoted(String q) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '=' && i + 2 < q.length()) {
                bytes.write(Integer.parseInt(q.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c == '_' ? ' ' : c);
            }
        }
        return bytes.toByteArray();
    }

    /** Undoes quoted-printable's soft line breaks and escaped '=', enough to read a link in the mail. */
    private static String decoded(String mime) {
        return mime.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }
}
