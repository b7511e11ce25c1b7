package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * One WireMock server standing in for intake-, program-, progress-, registry- and engagement-service, so a page test
 * controls what the services answer and reads what the portal sent them. A test gets it in a field marked
 * {@link Services}.
 */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Services {
    }

    private WireMockServer services;

    @Override
    public Map<String, String> start() {
        services = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        services.start();
        String url = services.baseUrl();
        return Map.of("quarkus.rest-client.intake.url", url, "quarkus.rest-client.program.url", url,
                "quarkus.rest-client.progress.url", url, "quarkus.rest-client.registry.url", url,
                "quarkus.rest-client.engagement.url", url);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(services,
                new TestInjector.AnnotatedAndMatchesType(Services.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (services != null) {
            services.stop();
        }
    }

    /** The services answer {@code request} with this status and JSON body (problem+json for a failure). */
    public static void json(WireMockServer services, MappingBuilder request, int status, String body) {
        services.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .withBody(body)));
    }

    /**
     * A patient with a plan of {@code perWeek} sessions a week started long ago (a dead bug, 2 x 8, and a cat-cow held
     * 30 s), no red-flag report, no re-assessment due, nothing logged; the services forget every other stub.
     */
    public static void patientWithPlan(WireMockServer services, String patient, String status, int perWeek) {
        services.resetAll();
        json(services, WireMock.get(WireMock.urlPathEqualTo("/api/patients/" + patient + "/plans/active")), 200, """
                {"id":"44444444-4444-4444-8444-444444444444","status":"%s","startDate":"2026-01-05",
                 "sessionsPerWeek":%d,"items":[
                  {"exerciseId":"e1","sets":2,"reps":8,"holdSeconds":0,"exercise":{"name":"Dead bug"}},
                  {"exerciseId":"e2","sets":1,"reps":0,"holdSeconds":30,"exercise":{"name":"Cat-cow"}}]}
                """.formatted(status, perWeek));
        json(services, WireMock.get("/api/patients/" + patient + "/red-flags"), 200, "[]");
        json(services, WireMock.get("/api/patients/" + patient + "/reassessments/due"), 200,
                "{\"week\":null,\"dueFrom\":null}");
        json(services, WireMock.get(WireMock.urlPathEqualTo("/api/patients/" + patient + "/sessions")), 200, "[]");
        json(services, WireMock.get(WireMock.urlPathEqualTo("/api/patients/" + patient + "/checkins")), 200, "[]");
    }

    /** The patient's profile (registry-service): their language and time zone. */
    public static void speaks(WireMockServer services, String patient, String locale, String timeZone) {
        json(services, WireMock.get("/api/patients/" + patient), 200,
                "{\"id\":\"" + patient + "\",\"locale\":\"" + locale + "\",\"timeZone\":\"" + timeZone + "\"}");
    }

    /** Every first group of {@code regex} in a page, e.g. the ids its labels point at. */
    public static Set<String> ids(String html, String regex) {
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
