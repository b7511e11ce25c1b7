package org.telerehab.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.e2e.Platform.PORTAL;

/**
 * axe-core's WCAG 2.0-2.2 A and AA rules on every page of the portal, as the patient, the therapist and the admin see
 * it, at phone (375 px) and desktop (1280 px) width: no serious or critical violation. Each page is also kept as a
 * screenshot at both widths ({@code e2e-tests/target/screenshots/a11y-*}).
 */
class AccessibilityBrowserIT extends BrowserStory {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Test
    void theCheckFindsAViolationWhereThereIsOne() {
        try (BrowserContext ctx = context()) {
            Page page = ctx.newPage();
            page.setContent("<!doctype html><html lang=\"en\"><title>t</title><main><input type=\"text\"></main>");
            assertThat(new AxeBuilder(page).withTags(WCAG_AA).analyze().getViolations())
                    .anySatisfy(rule -> assertThat(rule.getId()).isEqualTo("label"));
        }
    }

    @Test
    void everyPageMeetsWcagAaAtBothWidths() {
        FreshPatient patient = ClinicalSteps.freshPatientWithPlan("a11y");
        List<String> violations = new ArrayList<>();

        try (BrowserContext ctx = context()) {
            Page page = login(ctx, patient.user());
            for (String path : List.of("/patient", "/patient/screening", "/patient/plan", "/patient/session",
                    "/patient/checkin", "/patient/progress", "/patient/reassessment", "/patient/profile",
                    "/patient/access-log")) {
                check(page, path, violations);
            }
        }
        try (BrowserContext ctx = context()) {
            Page page = login(ctx, "therapist2");
            String p = "/therapist/patients/" + patient.id();
            for (String path : List.of("/therapist", p, p + "/plan", p + "/summary", "/therapist/exercises",
                    "/therapist/exercises/" + ClinicalSteps.DEAD_BUG, "/therapist/exercises/new",
                    "/therapist/results", "/patients", "/invitations/patient")) {
                check(page, path, violations);
            }
        }
        try (BrowserContext ctx = context()) {
            Page page = login(ctx, "admin1");
            for (String path : List.of("/admin", "/admin/red-flags", "/admin/therapists", "/invitations/therapist")) {
                check(page, path, violations);
            }
        }
        try (BrowserContext ctx = context()) {
            check(ctx.newPage(), "/", violations);
        }
        assertThat(violations).as("serious or critical WCAG AA violations").isEmpty();
    }

    /** axe may inject its script whatever the page's CSP says; the pages themselves run as they do for users. */
    private static BrowserContext context() {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setBypassCSP(true));
        ctx.setDefaultTimeout(20_000);
        return ctx;
    }

    private static void check(Page page, String path, List<String> violations) {
        page.navigate(PORTAL + path);
        String name = "a11y" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}", "-id");
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, width == 375 ? 812 : 900);
            AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
            assertThat(results.getPasses()).as(path + ": axe ran its rules").isNotEmpty();
            for (Rule rule : results.getViolations()) {
                if (BLOCKING.contains(rule.getImpact())) {
                    violations.add(path + " at " + width + " px: " + rule.getId() + " (" + rule.getImpact() + ") "
                            + rule.getHelp() + " at " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                            .toList());
                }
            }
        }
        shot(page, name);
    }
}
