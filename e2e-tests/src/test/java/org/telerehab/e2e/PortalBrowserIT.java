package org.telerehab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.e2e.Platform.KEYCLOAK;
import static org.telerehab.e2e.Platform.PATIENT2;
import static org.telerehab.e2e.Platform.PORTAL;

/**
 * The portal in a real browser (Debian's chromium, driven by Playwright) against the running platform: the whole
 * clinical story through the pages, the 403 page and the login redirect. Screenshots of every page at phone (375 px)
 * and desktop (1280 px) width go to {@code e2e-tests/target/screenshots/}.
 *
 * <p>The story uses patient2 so it does not depend on {@link ClinicalLoopIT}, which drives patient1 through the
 * services on the same fresh platform.
 */
@ExtendWith(RunningPlatform.class)
class PortalBrowserIT {

    private static final String KNEE_TO_CHEST = "5eed0e00-0000-4000-8000-000000000014";
    private static final Duration CROSSING = Duration.ofSeconds(45);
    private static final Path SHOTS = Path.of(System.getProperty("telerehab.root", ".."))
            .resolve("e2e-tests/target/screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("telerehab.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void patientScreensTherapistPlansPatientLogsAFlareTherapistSeesIt() {
        String p2 = PATIENT2.toString();
        try (BrowserContext patientCtx = desktop(); BrowserContext therapistCtx = desktop()) {
            Page patient = login(patientCtx, "patient2");
            assertThat(patient).hasURL(PORTAL + "/patient");
            shot(patient, "01-patient-home");

            // screening: red flags first; an emergency flag shows the emergency message at once
            patient.navigate(PORTAL + "/patient/screening");
            Locator emergency = patient.locator("#emergency-warning");
            assertThat(emergency).isHidden();
            shot(patient, "02-screening-form");
            patient.getByLabel("New or worsening problems controlling your bladder or bowels").check();
            assertThat(emergency).isVisible();
            assertThat(emergency).containsText("Stop exercising and seek medical care now");
            shot(patient, "03-screening-emergency-flag");
            patient.getByLabel("New or worsening problems controlling your bladder or bowels").uncheck();
            assertThat(emergency).isHidden();

            patient.getByLabel("Lower back").check();
            patient.getByLabel("The pain spreads down my leg, below the knee").check();
            patient.getByLabel("Pain right now").fill("6");
            patient.getByLabel("Average pain this week").fill("5");
            patient.getByLabel("For how many weeks?").fill("14");
            patient.getByLabel("Usual wake-up time").fill("06:30");
            patient.locator("#sb1").check();
            patient.locator("#sb2").check();
            patient.locator("#sb5").check();
            patient.getByLabel("Overall, how bothersome").selectOption("MODERATELY");
            for (int i = 1; i <= 9; i++) {
                patient.locator("#odi" + i).selectOption("2");
            }
            patient.locator("#submit-screening").click();
            assertThat(patient.locator("#pain-types")).containsText("sciatic");
            assertThat(patient.locator("#disposition")).containsText("Ready for a programme");
            shot(patient, "04-screening-result");

            patient.navigate(PORTAL + "/patient/plan");
            assertThat(patient.locator("#no-plan")).isVisible();

            // the therapist sees patient2 on the worklist (ScreeningCompleted through Kafka) and takes them into care
            Page therapist = login(therapistCtx, "therapist1");
            assertThat(therapist).hasURL(PORTAL + "/therapist");
            Locator entry = therapist.locator("li[data-patient-id='" + p2 + "']");
            eventually(therapist, () -> entry.count() > 0);
            assertThat(entry).containsText("NEW");
            shot(therapist, "05-therapist-worklist");
            entry.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
            assertThat(therapist).hasURL(PORTAL + "/therapist/patients/" + p2);
            eventually(therapist, () -> therapist.getByText("STarT Back").count() > 0);
            shot(therapist, "06-therapist-patient");

            // plan builder: the LUMBAR template, plus knee-to-chest; the safety check answers warnings inline
            therapist.locator("#build-plan").click();
            String lumbar = therapist.locator("#template option", new Page.LocatorOptions().setHasText("(LUMBAR)"))
                    .first().getAttribute("value");
            therapist.getByLabel("Start from a template").selectOption(lumbar);
            therapist.locator("#use-template").click();
            assertThat(therapist.locator(".item-row").first()).isVisible();
            therapist.getByLabel("Add an exercise").selectOption(KNEE_TO_CHEST);
            therapist.locator("#add-exercise").click();
            assertThat(therapist.locator(".item-row[data-exercise-id='" + KNEE_TO_CHEST + "']")).isVisible();
            shot(therapist, "07-plan-builder");
            therapist.locator("#assign-plan").click();
            Locator warnings = therapist.locator("#safety-warnings");
            assertThat(warnings).isVisible();
            assertThat(warnings).containsText("FLEXION_WITH_SCIATIC");
            assertThat(therapist.locator(".item-row[data-exercise-id='" + KNEE_TO_CHEST + "'] .warning").first())
                    .isVisible();
            shot(therapist, "08-plan-safety-warnings");
            for (int attempt = 0; attempt < 3 && therapist.locator("#safety-warnings").count() > 0; attempt++) {
                Locator boxes = therapist.locator("#safety-warnings input[type=checkbox]");
                for (int i = 0; i < boxes.count(); i++) {
                    boxes.nth(i).check();
                }
                therapist.locator("#assign-plan").click();
                therapist.waitForLoadState();
            }
            assertThat(therapist.locator("#plan-assigned")).containsText("Plan version 1 assigned");
            shot(therapist, "09-plan-assigned");

            // the patient sees the plan with dose, limits and cues
            patient.navigate(PORTAL + "/patient/plan");
            assertThat(patient.locator("body")).containsText("Knee-to-chest stretch");
            assertThat(patient.locator("body")).containsText("never 8+");
            assertThat(patient.locator("#micro-breaks")).containsText("micro-session");
            shot(patient, "10-patient-plan");

            // a session with high pain (PlanAssigned must reach progress-service first)
            patient.navigate(PORTAL + "/patient/session");
            shot(patient, "11-session-form");
            Instant until = Instant.now().plus(CROSSING);
            while (true) {
                patient.getByLabel("Pain before").fill("8");
                patient.getByLabel("Pain after").fill("7");
                patient.getByLabel("How hard it felt").fill("6");
                patient.locator("#submit-session").click();
                patient.waitForLoadState();
                if (patient.locator("#session-saved").count() > 0 || Instant.now().isAfter(until)) {
                    break;
                }
                patient.waitForTimeout(2000);
                patient.navigate(PORTAL + "/patient/session");
            }
            assertThat(patient.locator("#session-saved")).isVisible();
            assertThat(patient.locator("body")).containsText("Pain flare");
            shot(patient, "12-session-saved-flare");

            // a daily check-in; the emergency message appears as soon as an emergency flag is ticked
            patient.navigate(PORTAL + "/patient/checkin");
            patient.getByLabel("Numbness in your legs that is getting worse").check();
            assertThat(patient.locator("#emergency-warning")).isVisible();
            shot(patient, "13-checkin-emergency-flag");
            patient.getByLabel("Numbness in your legs that is getting worse").uncheck();
            patient.getByLabel("Pain (0-10)").fill("5");
            patient.locator("#submit-checkin").click();
            assertThat(patient.locator("h1")).hasText("Check-in saved");
            shot(patient, "14-checkin-saved");

            patient.navigate(PORTAL + "/patient/progress");
            assertThat(patient.locator("svg.chart")).isVisible();
            assertThat(patient.locator("body")).containsText("Sessions logged");
            shot(patient, "15-patient-progress");

            // the therapist sees the FLARE alert on the worklist (AlertRaised through Kafka) and resolves it
            therapist.navigate(PORTAL + "/therapist");
            eventually(therapist, () -> therapist.locator("li[data-patient-id='" + p2 + "']")
                    .textContent().contains("Alert: Pain flare"));
            shot(therapist, "16-worklist-flare");
            therapist.navigate(PORTAL + "/therapist/patients/" + p2);
            Locator flare = therapist.locator("#alerts li[data-alert-type='FLARE']");
            assertThat(flare).isVisible();
            shot(therapist, "17-patient-flare-alert");
            flare.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
            assertThat(therapist.locator("#no-alerts")).isVisible();

            therapist.navigate(PORTAL + "/therapist/exercises");
            assertThat(therapist.locator("body")).containsText("Knee-to-chest stretch");
            shot(therapist, "18-exercise-library");
        }
    }

    @Test
    void aPatientOpeningATherapistPageGetsTheForbiddenPage() {
        try (BrowserContext ctx = desktop()) {
            Page page = login(ctx, "patient1");
            Response response = page.navigate(PORTAL + "/therapist");
            assertThat(response.status()).isEqualTo(403);
            assertThat(page.locator("h1")).hasText("You cannot open this page");
            assertThat(page.locator("body")).not().containsText("Exception");
            shot(page, "20-forbidden");
        }
    }

    @Test
    void aLoggedOutUserIsSentToTheLogin() {
        try (BrowserContext ctx = desktop()) {
            Page page = ctx.newPage();
            page.navigate(PORTAL + "/patient/plan");
            assertThat(page.url()).startsWith(KEYCLOAK + "/protocol/openid-connect/auth");
            assertThat(page.locator("#username")).isVisible();
            shot(page, "21-keycloak-login");

            // log in, log out, and the pages ask for the login again
            page.locator("#username").fill("patient1");
            page.locator("#password").fill("patient1");
            page.locator("#kc-login").click();
            assertThat(page).hasURL(PORTAL + "/patient/plan");
            page.locator("#logout").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("^" + PORTAL + "/(\\?.*)?$"));
            assertThat(page.locator("#login")).isVisible();
            page.navigate(PORTAL + "/patient");
            assertThat(page.url()).startsWith(KEYCLOAK + "/protocol/openid-connect/auth");
        }
    }

    private static BrowserContext desktop() {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        ctx.setDefaultTimeout(20_000);
        return ctx;
    }

    private static Page login(BrowserContext ctx, String user) {
        Page page = ctx.newPage();
        page.navigate(PORTAL + "/login");
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(PORTAL));
        return page;
    }

    /** Reloads the page until the condition holds (an event crossing Kafka), or fails after {@link #CROSSING}. */
    private static void eventually(Page page, BooleanSupplier condition) {
        Instant until = Instant.now().plus(CROSSING);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not reached within " + CROSSING + " on " + page.url());
            }
            page.waitForTimeout(1000);
            page.reload();
        }
    }

    /** The page at phone and desktop width. */
    private static void shot(Page page, String name) {
        page.setViewportSize(375, 812);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-375.png")));
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-1280.png")));
    }
}
