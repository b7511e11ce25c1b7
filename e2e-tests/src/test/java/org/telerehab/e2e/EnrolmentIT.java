package org.telerehab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.telerehab.events.BrokerAccess;
import org.telerehab.platform.LocalPlatform;
import org.telerehab.platformkit.KafkaServer;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.telerehab.e2e.Platform.INTAKE;
import static org.telerehab.e2e.Platform.KEYCLOAK;
import static org.telerehab.e2e.Platform.PORTAL;
import static org.telerehab.e2e.Platform.PROGRAM;
import static org.telerehab.e2e.Platform.PROGRESS;
import static org.telerehab.e2e.Platform.REGISTRY;
import static org.telerehab.e2e.Platform.as;

/**
 * A clinic enrols a patient on the running platform: therapist1 invites them on the portal's page (Chromium), which
 * asks registry-service; the invitation arrives in the mail server, the patient follows its link in a real browser
 * and chooses a password in Keycloak, signs in to the portal and screens; therapist1 has them in care (program-service
 * learnt it from the enrolment), finds them by name on the worklist and builds their plan; therapist2 is refused.
 * therapist1 hands them to therapist2, and loses access in every service while therapist2 gains it. Then no record on
 * any topic holds their name, birth date or email.
 */
@ExtendWith({RunningPlatform.class, EnrolmentIT.Broker.class})
class EnrolmentIT {

    private static KafkaServer kafka;

    private static final String MAIL_API = "http://127.0.0.1:" + LocalPlatform.MAIL_API_PORT;
    private static final Duration CROSSING = Duration.ofSeconds(45);
    private static final Pattern LINK = Pattern.compile(
            "(http://localhost:" + LocalPlatform.KEYCLOAK_PORT + "/realms/telerehab/login-actions/action-token\\?"
                    + "[^\\s\"<>]+)");

    @Test
    void anInvitedPatientSetsAPasswordLogsInScreensAndIsInTheInvitingTherapistsCare() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "invited." + tag + "@example.org";
        String password = "Invited-" + tag + "-password";
        Map<String, Object> invitation = new HashMap<>(Map.of("givenName", "Inés", "familyName", "Invited" + tag,
                "birthDate", "1979-06-01", "email", email, "locale", "es", "timeZone", "Europe/Madrid"));

        inviteOnThePortal(invitation);
        UUID patient = UUID.fromString(as("therapist1").queryParam("q", email).when()
                .get(REGISTRY + "/api/patients").then().statusCode(200).body("[0].status", equalTo("INVITED"))
                .extract().path("[0].id"));
        as("therapist1").body(invitation).when().post(REGISTRY + "/api/patients").then().statusCode(409);

        String link = await().atMost(CROSSING).until(() -> invitationLink(email), l -> l != null);
        choosePassword(link, password);

        String token = given().formParams(Map.of("grant_type", "password", "client_id", "telerehab-cli",
                        "username", email, "password", password))
                .when().post(KEYCLOAK + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        assertThat(Platform.claims(token).get("sub")).as("the account's id is the registry's").isEqualTo(
                patient.toString());
        assertThat(String.valueOf(Platform.claims(token).get("groups"))).as("the role the patients group gives")
                .contains("patient");
        signsInToThePortal(email, password, "Inés");
        String screening = given().auth().oauth2(token).contentType("application/json")
                .body(ClinicalSteps.screening(false)).when().post(INTAKE + "/api/screenings")
                .then().statusCode(201).extract().path("id");

        // program-service took the patient into therapist1's care from the enrolment; intake learnt it from program
        await().atMost(CROSSING).untilAsserted(() -> as("therapist1").when().get(PROGRAM + "/api/worklist")
                .then().statusCode(200).body(ClinicalSteps.entry(patient) + ".screeningId", equalTo(screening))
                .body(ClinicalSteps.entry(patient) + ".therapistId", equalTo(Platform.THERAPIST1.toString())));
        await().atMost(CROSSING).untilAsserted(() -> as("therapist1").when()
                .get(INTAKE + "/api/patients/{id}/screenings", patient).then().statusCode(200));
        buildsAPlanOnThePortal(patient, "Inés Invited" + tag);
        as("therapist1").when().get(PROGRAM + "/api/patients/{id}/plans/active", patient).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as("therapist2").when().get(INTAKE + "/api/patients/{id}/screenings", patient).then().statusCode(403);
        as("therapist2").when().get(REGISTRY + "/api/patients/{id}", patient).then().statusCode(403);
        as("therapist1").when().get(REGISTRY + "/api/patients/{id}", patient).then().statusCode(200)
                .body("givenName", equalTo("Inés"));
        given().auth().oauth2(token).when().get(REGISTRY + "/api/patients/{id}", patient).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));

        // therapist1 hands the patient to therapist2: therapist1 loses access in every service, therapist2 has it
        as("therapist1").body(Map.of("therapistId", Platform.THERAPIST2)).when()
                .post(PROGRAM + "/api/patients/{id}/care/transfer", patient).then().statusCode(200);
        await().atMost(CROSSING).untilAsserted(() -> {
            as("therapist1").when().get(INTAKE + "/api/patients/{id}/screenings", patient).then().statusCode(403);
            as("therapist1").when().get(PROGRESS + "/api/patients/{id}/progress", patient).then().statusCode(403);
            as("therapist1").when().get(REGISTRY + "/api/patients/{id}", patient).then().statusCode(403);
        });
        as("therapist1").when().get(PROGRAM + "/api/patients/{id}/red-flags", patient).then().statusCode(403);
        as("therapist2").when().get(INTAKE + "/api/patients/{id}/screenings", patient).then().statusCode(200)
                .body("[0].id", equalTo(screening));
        as("therapist2").when().get(PROGRAM + "/api/patients/{id}/red-flags", patient).then().statusCode(200);

        // after the whole story, no record on any topic holds the patient's name, birth date or email
        List<String> records = everyRecord();
        assertThat(records).as("records on the broker").isNotEmpty()
                .anyMatch(r -> r.contains(patient.toString()));
        for (String identifier : List.of("Inés", "Invited" + tag, "1979-06-01", email, "invited." + tag)) {
            assertThat(records).as("records holding " + identifier).noneMatch(r -> r.contains(identifier));
        }
    }

    /** Every record of every topic (contract and dead-letter), read from the start as the broker's super user. */
    private static List<String> everyRecord() {
        Map<String, Object> config = new HashMap<>(kafka.superUserClient());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "identifier-scan-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.copyOf(BrokerAccess.allTopics()));
            int quietPolls = 0;
            while (quietPolls < 5) {
                var batch = consumer.poll(Duration.ofSeconds(1));
                quietPolls = batch.isEmpty() ? quietPolls + 1 : 0;
                batch.forEach(r -> records.add(r.key() + " " + r.value()));
            }
        }
        return records;
    }

    /** Hands the test the running platform's broker. */
    static final class Broker implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            kafka = RunningPlatform.platform(context).kafka();
        }
    }

    /** The link in the invitation mail (GreenMail's API; IMAP serves the same mailbox), or null before it arrives. */
    private static String invitationLink(String email) {
        List<String> mails = given().when().get(MAIL_API + "/api/user/{email}/messages/INBOX", email)
                .then().extract().jsonPath().getList("mimeMessage", String.class);
        if (mails == null || mails.isEmpty()) {
            return null;
        }
        Matcher link = LINK.matcher(mails.get(0).replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
        return link.find() ? link.group(1).replace("&amp;", "&") : null;
    }

    /** therapist1 signs in to the portal and sends the invitation from its page, in Chromium, as a clinic would. */
    private static void inviteOnThePortal(Map<String, Object> invitation) {
        try (Playwright playwright = Playwright.create(); Browser browser = chromium(playwright);
             BrowserContext context = browser.newContext()) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            page.navigate(PORTAL + "/login");
            page.locator("#username").fill("therapist1");
            page.locator("#password").fill("therapist1");
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.startsWith(PORTAL));
            page.getByText("Invite a patient").first().click();
            for (String field : List.of("givenName", "familyName", "birthDate", "email", "timeZone")) {
                page.locator("#" + field).fill(String.valueOf(invitation.get(field)));
            }
            page.locator("#locale").selectOption(String.valueOf(invitation.get("locale")));
            page.locator("#send-invitation").click();
            assertThat(page.locator("#invitation-sent").textContent()).as("the portal's answer")
                    .contains(String.valueOf(invitation.get("email")), "in your care");
        }
    }

    /** The invited patient signs in to the portal with the password they chose, in Chromium, and is greeted. */
    private static void signsInToThePortal(String email, String password, String givenName) {
        try (Playwright playwright = Playwright.create(); Browser browser = chromium(playwright);
             BrowserContext context = browser.newContext()) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            page.navigate(PORTAL + "/login");
            page.locator("#username").fill(email);
            page.locator("#password").fill(password);
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.startsWith(PORTAL + "/patient"));
            page.navigate(PORTAL + "/patient/profile");
            assertThat(page.locator("#who-you-are").textContent()).as("their own profile").contains(givenName);
        }
    }

    /**
     * therapist1 finds the patient by name on the worklist (in their care from the invitation), opens them and assigns
     * a plan from the LUMBAR template, ticking each safety warning the builder shows at its exercise.
     */
    private static void buildsAPlanOnThePortal(UUID patient, String name) {
        try (Playwright playwright = Playwright.create(); Browser browser = chromium(playwright);
             BrowserContext context = browser.newContext()) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            page.navigate(PORTAL + "/login");
            page.locator("#username").fill("therapist1");
            page.locator("#password").fill("therapist1");
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.startsWith(PORTAL));
            Locator entry = page.locator("li[data-patient-id='" + patient + "']");
            assertThat(entry.locator("h2").textContent()).as("the name, where an id used to be").isEqualTo(name);
            entry.getByText("Open").click();
            page.locator("#build-plan").click();
            String lumbar = page.locator("#template option", new Page.LocatorOptions().setHasText("(Lower back)"))
                    .first().getAttribute("value");
            page.getByLabel("Start from a template").selectOption(lumbar);
            page.locator("#use-template").click();
            page.locator("#assign-plan").click();
            Locator boxes = page.locator(".item-row fieldset.warnings input[type=checkbox]");
            if (boxes.count() > 0) {
                for (int i = 0; i < boxes.count(); i++) {
                    boxes.nth(i).check();
                }
                page.locator("#assign-plan").click();
            }
            assertThat(page.locator("#plan-assigned").textContent()).contains("Plan version 1 assigned");
        }
    }

    private static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("telerehab.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu")));
    }

    /** Keycloak's "update password" page, reached from the mail's link, in Chromium. */
    private static void choosePassword(String link, String password) {
        try (Playwright playwright = Playwright.create(); Browser browser = chromium(playwright);
             BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(link);
            // Keycloak first says what the link will do (so that a mail scanner following it changes nothing), in
            // the patient's language: its "proceed" link is the one that carries the action token on
            Locator proceed = page.locator("a[href*='action-token']");
            if (proceed.count() > 0) {
                proceed.first().click();
            }
            page.locator("#password-new").fill(password);
            page.locator("#password-confirm").fill(password);
            page.locator("[type=submit]").first().click();
            page.waitForLoadState();
            assertThat(page.content()).as("Keycloak took the new password").doesNotContain("password-new");
        }
    }
}
