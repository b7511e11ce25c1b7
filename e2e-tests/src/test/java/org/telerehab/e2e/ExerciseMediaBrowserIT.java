package org.telerehab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.e2e.Platform.PORTAL;
import static org.telerehab.e2e.Platform.PROGRAM;
import static org.telerehab.e2e.Platform.as;

/**
 * Exercise media in the browser: therapist2 finds the library by search, uploads a picture and a video (a WebM the
 * browser itself records) in the editor and reads the versions side by side; a patient given a plan with the
 * exercise sees both on the plan page on a phone. Real platform: S3Proxy keeps the files, the portal relays them.
 */
class ExerciseMediaBrowserIT extends BrowserStory {

    /** Records 1.5 s of a moving block on a canvas with the browser's MediaRecorder: a real, playable WebM. */
    private static final String RECORD_WEBM = """
            async () => {
              const canvas = document.createElement('canvas');
              canvas.width = 320; canvas.height = 240;
              const g = canvas.getContext('2d');
              const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType: 'video/webm' });
              const chunks = [];
              recorder.ondataavailable = e => chunks.push(e.data);
              let t = 0;
              const draw = setInterval(() => {
                g.fillStyle = '#ffffff'; g.fillRect(0, 0, 320, 240);
                g.fillStyle = '#1f2933'; g.fillRect(20 + (t++ * 12) % 260, 90, 40, 60);
              }, 66);
              const stopped = new Promise(resolve => recorder.onstop = resolve);
              recorder.start(250);
              await new Promise(resolve => setTimeout(resolve, 1500));
              recorder.stop();
              await stopped;
              clearInterval(draw);
              const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
              let text = '';
              for (let i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
              return btoa(text);
            }
            """;

    @Test
    void aTherapistAddsAPictureAndAVideoAndThePatientSeesBothOnTheirPhone() {
        String exerciseId = as("therapist2").body(wallSit()).when().post(PROGRAM + "/api/exercises").then()
                .statusCode(201).extract().path("id");

        try (BrowserContext therapistCtx = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setBypassCSP(true))) {
            therapistCtx.setDefaultTimeout(20_000);
            Page therapist = login(therapistCtx, "therapist2");

            // the library, searched: every word in the name, summary or cues (bracing is "the regression of the
            // dead bug")
            therapist.navigate(PORTAL + "/therapist/exercises");
            therapist.getByLabel("Words").fill("dead bug");
            therapist.locator("#search-library").click();
            assertThat(therapist.locator("#library-count")).containsText("exercises match");
            assertThat(therapist.locator(".library-list h2"))
                    .containsText(new String[] {"Abdominal bracing", "Dead bug"});
            assertThat(therapist.locator(".library-list img.thumb").first()).isVisible();
            shot(therapist, "80-library-search");

            therapist.navigate(PORTAL + "/therapist/exercises/" + exerciseId);
            therapist.locator("#file").setInputFiles(new FilePayload("start.png", "image/png", picture()));
            therapist.getByLabel("Caption").fill("Start: back flat against the wall");
            therapist.locator("#upload-media").click();
            assertThat(therapist.locator("#exercise-saved")).containsText("version 2");
            assertThat(therapist.locator("#media figure.media img")).hasCount(1);

            String webm = (String) therapist.evaluate(RECORD_WEBM);
            therapist.locator("#file").setInputFiles(new FilePayload("movement.webm", "video/webm",
                    Base64.getDecoder().decode(webm)));
            therapist.getByLabel("Caption").fill("The whole movement, slowly");
            therapist.locator("#upload-media").click();
            assertThat(therapist.locator("#exercise-saved")).containsText("version 3");
            assertThat(therapist.locator("#media video")).hasCount(1);
            assertThat(therapist.locator("#version-changes")).containsText("between version 2 and version 3");
            assertThat(therapist.locator("table.versions tr.changed th")).containsText("Pictures and videos");

            // a file that only claims to be a picture is refused in words, and nothing is added
            therapist.locator("#file").setInputFiles(new FilePayload("page.png", "image/png",
                    "<html><script>alert(1)</script></html>".getBytes()));
            therapist.locator("#upload-media").click();
            assertThat(therapist.locator("#upload-problem")).containsText("This file cannot be used");
            assertThat(therapist.locator("#exercise-version")).containsText("version 3");
            shot(therapist, "81-editor-media-and-versions");
        }

        // a patient given a plan with the exercise (version 3, both files) sees them on a phone
        FreshPatient patient = FreshPatient.create("media");
        ClinicalSteps.screenedAndInCare("therapist2", patient, false);
        Map<String, Object> plan = ClinicalSteps.plan(ClinicalSteps.item(exerciseId, null),
                ClinicalSteps.item(ClinicalSteps.DEAD_BUG, null));
        ClinicalSteps.assign("therapist2", patient.id(), plan).statusCode(201);
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 812)
                .setIsMobile(true).setHasTouch(true))) {
            phone.setDefaultTimeout(20_000);
            Page page = login(phone, patient.user());
            page.navigate(PORTAL + "/patient/plan");
            assertThat(page.locator("figure.media figcaption")).hasText(new String[] {
                    "Start: back flat against the wall", "The whole movement, slowly"});
            page.locator("figure.media img").scrollIntoViewIfNeeded();
            page.waitForFunction("() => [...document.querySelectorAll('figure img')].every(i => i.complete"
                    + " && i.naturalWidth > 0)");
            page.waitForFunction("() => document.querySelector('figure.media video').readyState >= 1");
            Map<?, ?> video = (Map<?, ?>) page.evaluate("() => { const v = document.querySelector('figure.media"
                    + " video'); return { controls: v.controls, autoplay: v.autoplay, paused: v.paused,"
                    + " width: v.getBoundingClientRect().width }; }");
            assertThat(video.get("controls")).isEqualTo(true);
            assertThat(video.get("autoplay")).isEqualTo(false);
            assertThat(video.get("paused")).as("never plays by itself").isEqualTo(true);
            assertThat(((Number) video.get("width")).doubleValue()).as("fits the phone").isLessThanOrEqualTo(375);
            assertThat(page.locator("figure.illustration img").first()).isVisible(); // the dead bug's drawing
            shot(page, "82-patient-plan-media");

            // once the service worker runs the page, the pictures it shows are kept for reading without a connection
            page.reload();
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");
            String picture = page.locator("figure.media img").getAttribute("src");
            page.waitForFunction("async url => !!(await caches.match(url))", picture);
            phone.setOffline(true);
            Object kept = page.evaluate("async url => { const r = await caches.match(url);"
                    + " return r.status + ' ' + r.headers.get('Content-Type'); }", picture);
            assertThat(kept).isEqualTo("200 image/png");
            phone.setOffline(false);
        }
    }

    private static Map<String, Object> wallSit() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Wall sit " + UUID.randomUUID().toString().substring(0, 8));
        body.put("summary", "Isometric thigh and glute work with the back against a wall.");
        body.put("steps", List.of("Stand with your back against a wall.", "Slide down until your knees are bent a"
                + " little.", "Hold, breathing calmly, then slide back up."));
        body.put("cues", List.of("Keep your back flat on the wall", "6-7 out of 10, never 8+"));
        body.put("regions", List.of("LUMBAR"));
        body.put("movementTags", List.of("CORE_ENDURANCE"));
        body.put("equipment", List.of());
        body.put("dose", Map.of("sets", 2, "reps", 1, "holdSeconds", 20));
        body.put("intensityCap", 6);
        return body;
    }

    /** A picture drawn here: a figure against a wall, 1200 pixels wide (the phone gets a 640-pixel copy). */
    private static byte[] picture() {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 800);
        g.setColor(new Color(0x1f2933));
        g.setStroke(new BasicStroke(18));
        g.drawLine(300, 60, 300, 760);
        g.drawOval(330, 120, 110, 110);
        g.drawLine(385, 230, 385, 480);
        g.drawLine(385, 480, 600, 480);
        g.drawLine(600, 480, 600, 740);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
