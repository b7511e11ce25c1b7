package org.telerehab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.telerehab.e2e.Platform.PORTAL;

/**
 * What every browser test shares: Debian's chromium driven by Playwright against the running platform, a login as a
 * user of the local realm, waiting for an event to cross Kafka, and screenshots at phone (375 px) and desktop
 * (1280 px) width in {@code e2e-tests/target/screenshots/}.
 */
@ExtendWith(RunningPlatform.class)
abstract class BrowserStory {

    static final Duration CROSSING = Duration.ofSeconds(45);
    static final Path SHOTS = Path.of(System.getProperty("telerehab.root", ".."))
            .resolve("e2e-tests/target/screenshots");

    static Playwright playwright;
    static Browser browser;

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

    static BrowserContext desktop() {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        ctx.setDefaultTimeout(20_000);
        return ctx;
    }

    /** A phone (375 px, touch) whose browser prefers {@code locale} (e.g. "es-ES"). */
    static BrowserContext phone(String locale) {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 812)
                .setIsMobile(true).setHasTouch(true).setLocale(locale));
        ctx.setDefaultTimeout(20_000);
        return ctx;
    }

    /** Logs in through Keycloak's page (a demo user's password is their user name; admin1 also gives a TOTP code). */
    static Page login(BrowserContext ctx, String user) {
        Page page = ctx.newPage();
        page.navigate(PORTAL + "/login");
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        if (user.equals("admin1")) {
            // staff MFA: admin1's password alone does not sign in; Keycloak asks for the authenticator's code
            assertThat(page.locator("#otp")).isVisible();
            page.locator("#otp").fill(Totp.admin1());
            page.locator("#kc-login").click();
        }
        page.waitForURL(url -> url.startsWith(PORTAL));
        return page;
    }

    /** Taps a point of one of the patient's 0-10 scales (pain, effort), as a finger would: on its label. */
    static void tap(Page page, String field, int point) {
        page.locator("label[for=" + field + "-" + point + "]").click();
    }

    /** Reloads the page until the condition holds (an event crossing Kafka), or fails after {@link #CROSSING}. */
    static void eventually(Page page, BooleanSupplier condition) {
        eventually(page, CROSSING, condition);
    }

    static void eventually(Page page, Duration within, BooleanSupplier condition) {
        Instant until = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not reached within " + within + " on " + page.url());
            }
            page.waitForTimeout(1000);
            page.reload();
        }
    }

    /** The page at phone and desktop width. */
    static void shot(Page page, String name) {
        page.setViewportSize(375, 812);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-375.png")));
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-1280.png")));
    }
}
