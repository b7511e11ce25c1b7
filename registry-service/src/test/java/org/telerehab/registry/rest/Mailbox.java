package org.telerehab.registry.rest;

import org.telerehab.registry.AccountServers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** What the test's mail server received for an address (through GreenMail's own API), each message as its text. */
final class Mailbox {

    private static final Pattern ACTION_LINK =
            Pattern.compile("https?://[^/\\s]+/realms/telerehab/login-actions/action-token\\?key=([A-Za-z0-9._-]+)");

    private Mailbox() {
    }

    static List<String> messagesTo(String address) {
        List<String> raw = given().baseUri("http://127.0.0.1:" + AccountServers.mail().apiPort())
                .get("/api/user/{address}/messages/INBOX", address)
                .then().extract().jsonPath().getList("mimeMessage", String.class);
        return raw == null ? List.of() : raw.stream().map(Mailbox::decoded).toList();
    }

    /** The claims of the action token in the mail's link (Keycloak's login-actions), as JSON. */
    static String actionToken(String mail) {
        Matcher link = ACTION_LINK.matcher(mail);
        if (!link.find()) {
            throw new AssertionError("no link to Keycloak's login actions in: " + mail);
        }
        return new String(Base64.getUrlDecoder().decode(link.group(1).split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** Undoes quoted-printable's soft line breaks and escaped '=', enough to read a link in the mail. */
    private static String decoded(String mime) {
        return mime.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }
}
