package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.testsupport.RealInfrastructure;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.telerehab.program.rest.ProgramFixtures.DEAD_BUG;
import static org.telerehab.program.rest.ProgramFixtures.item;
import static org.telerehab.program.rest.ProgramFixtures.plan;

/** Bad plans: a problem+json naming the field, no plan stored and no PlanAssigned in the outbox. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PlanValidationTest {

    private final UUID therapist = UUID.randomUUID();
    private UUID patient;

    @BeforeEach
    void patientInCare() {
        patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);
    }

    static Stream<Arguments> badPlans() {
        return Stream.of(
                bad("unknown exercise", 422, "items[0].exerciseId",
                        b -> b.put("items", List.of(item(UUID.randomUUID(), 6, null)))),
                bad("sets 0", 422, "items[0].sets", b -> {
                    Map<String, Object> item = item(DEAD_BUG, 6, null);
                    item.put("sets", 0);
                    b.put("items", List.of(item));
                }),
                bad("sessionsPerWeek 22", 422, "sessionsPerWeek", b -> b.put("sessionsPerWeek", 22)),
                bad("sessionsPerWeek 0", 422, "sessionsPerWeek", b -> b.put("sessionsPerWeek", 0)),
                bad("missing startDate", 422, "startDate", b -> b.remove("startDate")),
                bad("startDate not a date", 400, "startDate", b -> b.put("startDate", "next monday")),
                bad("no items", 422, "items", b -> b.put("items", List.of())),
                bad("unknown warning code", 400, "acknowledgedWarnings[0]",
                        b -> b.put("acknowledgedWarnings", List.of("ALL_GOOD"))),
                bad("intensity cap 11", 422, "items[0].intensityCap",
                        b -> b.put("items", List.of(item(DEAD_BUG, 11, null)))),
                bad("unknown template", 422, "templateId", b -> b.put("templateId", UUID.randomUUID().toString())),
                bad("re-assessment in week 0", 422, "reassessmentWeeks[0]",
                        b -> b.put("reassessmentWeeks", List.of(0))),
                bad("re-assessment after a year", 422, "reassessmentWeeks[1]",
                        b -> b.put("reassessmentWeeks", List.of(2, 53))),
                bad("no re-assessment week", 422, "reassessmentWeeks", b -> b.put("reassessmentWeeks", List.of())));
    }

    private static Arguments bad(String name, int status, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = plan(item(DEAD_BUG, 6, null));
        change.accept(body);
        return Arguments.of(name, status, field, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void rejectedWithNothingWritten(String name, int status, String field, Map<String, Object> body) {
        ProgramFixtures.assign(therapist, patient, body).statusCode(status)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertNothingWritten();
    }

    @org.junit.jupiter.api.Test
    void malformedBodyIs400() {
        ProgramFixtures.assign(therapist, patient, "{\"startDate\": ").statusCode(400)
                .contentType("application/problem+json");
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(ProgramFixtures.plansOf(patient)).isZero();
        assertThat(ProgramFixtures.outboxOf(patient, "PlanAssigned")).isZero();
    }
}
