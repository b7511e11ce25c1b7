package org.telerehab.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.e2e.Platform.PORTAL;

/**
 * axe-core's WCAG 2.0-2.2 A and AA rules on every page of the portal, as the patient, the therapist and the admin see
 * it, at phone (375 px) and desktop (1280 px) width, in English and in Arabic (right to left): no serious or critical
 * violation, and nothing wider than a phone at 375 px. Each page is also kept as a screenshot at both widths in both
 * languages ({@code e2e-tests/target/screenshots/a11y-en-*}, {@code a11y-ar-*}).
 */
class AccessibilityBrowserIT extends BrowserStory {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Test
    void theCheckFindsAViolationWhereThereIsOne() {
        try (BrowserContext ctx = context("en-GB")) {
            Page page = ctx.newPage();
            page.setContent("<!doctype html><html lang=\"en\"><title>t</title><main><input type=\"text\"></main>");
            assertThat(new AxeBuilder(page).withTags(WCAG_AA).analyze().getViolations())
                    .anySatisfy(rule -> assertThat(rule.getId()).isEqualTo("label"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "ar-EG"})
    void everyPageMeetsWcagAaAtBothWidths(String locale) {
        FreshPatient patient = ClinicalSteps.freshPatientWithPlan("a11y");
        List<String> violations = new ArrayList<>();
        String language = locale.substring(0, 2);

        try (BrowserContext ctx = context(locale)) {
            Page page = login(ctx, patient.user());
            for (String path : List.of("/patient", "/patient/screening", "/patient/plan", "/patient/session",
                    "/patient/checkin", "/patient/progress", "/patient/reassessment", "/patient/profile",
                    "/patient/access-log", "/patient/messages", "/notifications")) {
                check(page, language, path, violations);
            }
        }
        try (BrowserContext ctx = context(locale)) {
            Page page = login(ctx, "therapist2");
            String p = "/therapist/patients/" + patient.id();
            for (String path : List.of("/therapist", p, p + "/plan", p + "/summary", "/therapist/exercises",
                    "/therapist/exercises/" + ClinicalSteps.DEAD_BUG, "/therapist/exercises/new",
                    "/therapist/results", "/patients", "/invitations/patient", p + "/messages", "/notifications")) {
                check(page, language, path, violations);
            }
        }
        try (BrowserContext ctx = context(locale)) {
            Page page = login(ctx, "admin1");
            for (String path : List.of("/admin", "/admin/red-flags", "/admin/therapists", "/invitations/therapist")) {
                check(page, language, path, violations);
            }
        }
        try (BrowserContext ctx = context(locale)) {
            check(ctx.newPage(), language, "/", violations);
        }
        assertThat(violations).as("serious or critical WCAG AA violations").isEmpty();
    }

    /** axe may inject its script whatever the page's CSP says; the pages themselves run as they do for users. */
    private static BrowserContext context(String locale) {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setBypassCSP(true).setLocale(locale));
        ctx.setDefaultTimeout(20_000);
        return ctx;
    }

    private static void check(Page page, String language, String path, List<String> violations) {
        page.navigate(PORTAL + path);
        String name = "a11y-" + language + path.replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}", "-id");
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, width == 375 ? 812 : 900);
            AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
            assertThat(results.getPasses()).as(path + ": axe ran its rules").isNotEmpty();
            int pageWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (width == 375 && pageWidth > 375) {
                violations.add(language + " " + path + " is " + pageWidth + " px wide on a 375 px phone");
            }
            for (Rule rule : results.getViolations()) {
                if (BLOCKING.contains(rule.getImpact())) {
                    violations.add(language + " " + path + " at " + width + " px: " + rule.getId() + " ("
                            + rule.getImpact() + ") " + rule.getHelp() + " at " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                            .toList());
                }
            }
        }
        shot(page, name);
    }
}
