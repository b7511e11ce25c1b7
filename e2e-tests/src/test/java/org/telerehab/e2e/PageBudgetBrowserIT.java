package org.telerehab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.e2e.Platform.PORTAL;

/**
 * A Lighthouse-style budget for the page a patient opens every day, measured in the browser on the local platform:
 * under 100 KB of JavaScript and CSS transferred, and the first contentful paint under 1 s. Measured
 * with no service worker, every file counted at its size whether or not the browser had it already.
 */
class PageBudgetBrowserIT extends BrowserStory {

    static final String MEASURE = """
            () => {
              const assets = performance.getEntriesByType('resource')
                  .filter(r => r.initiatorType === 'script' || r.initiatorType === 'link' || r.name.endsWith('.css')
                      || r.name.endsWith('.js'));
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              return { bytes: assets.reduce((sum, r) => sum + (r.transferSize || r.encodedBodySize), 0),
                       count: assets.length, fcp: paint ? paint.startTime : -1 };
            }""";

    @Test
    void thePatientsHomeStaysWithinItsBudget() {
        FreshPatient patient = ClinicalSteps.freshPatientWithPlan("budget");
        // no service worker: every byte comes over the network, as on a first visit
        try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK))) {
            ctx.setDefaultTimeout(20_000);
            Page page = login(ctx, patient.user()); // lands on the home page
            page.navigate(PORTAL + "/patient"); // and once more, measured on its own (a cached file counts its size)
            page.waitForFunction("() => performance.getEntriesByName('first-contentful-paint').length > 0");
            Map<?, ?> figures = (Map<?, ?>) page.evaluate(MEASURE);
            double kilobytes = ((Number) figures.get("bytes")).doubleValue() / 1024;
            double fcp = ((Number) figures.get("fcp")).doubleValue();
            System.out.printf("patient home: %.1f KB of JS and CSS in %s files, first contentful paint %.0f ms%n",
                    kilobytes, figures.get("count"), fcp);
            assertThat(((Number) figures.get("count")).intValue()).as("the style sheet and the script").isGreaterThan(0);
            assertThat(kilobytes).as("KB of JavaScript and CSS").isLessThan(100);
            assertThat(fcp).as("first contentful paint, ms").isPositive().isLessThan(1000);
        }
    }
}
