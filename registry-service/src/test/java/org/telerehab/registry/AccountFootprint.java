package org.telerehab.registry;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.telerehab.testsupport.Footprint;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/**
 * What registry-service writes outside its database: the realm's accounts in Keycloak and the mail server's mailboxes
 * (one per address that was sent mail). A refused invitation must leave both as they were.
 */
public final class AccountFootprint implements Footprint {

    private final Keycloak keycloak;

    private AccountFootprint(Keycloak keycloak) {
        this.keycloak = keycloak;
    }

    /** The database, the accounts and the mailboxes. */
    public static Footprint everything(Keycloak keycloak) {
        return Footprint.of(Footprint.database(), new AccountFootprint(keycloak));
    }

    @Override
    public Snapshot take() {
        Map<String, String> parts = new TreeMap<>();
        parts.put("keycloak accounts", keycloak.realm("telerehab").users().list(0, 100_000).stream()
                .map(UserRepresentation::getUsername).sorted().collect(Collectors.joining(",")));
        parts.put("mailboxes", String.join(",", given().baseUri("http://127.0.0.1:" + AccountServers.mail().apiPort())
                .get("/api/user").then().statusCode(200).extract().jsonPath().getList("email", String.class)
                .stream().sorted().toList()));
        return new Snapshot(parts, 0);
    }
}
