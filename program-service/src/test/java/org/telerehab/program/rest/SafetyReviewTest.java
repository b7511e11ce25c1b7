package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.SafetyReviewRequired;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.telerehab.program.rest.ProgramFixtures.DEAD_BUG;
import static org.telerehab.program.rest.ProgramFixtures.KNEE_TO_CHEST;
import static org.telerehab.program.rest.ProgramFixtures.PIGEON;
import static org.telerehab.program.rest.ProgramFixtures.assign;
import static org.telerehab.program.rest.ProgramFixtures.item;
import static org.telerehab.program.rest.ProgramFixtures.plan;

/** A re-screen that changes the pain types re-runs the safety check on the running plan. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class SafetyReviewTest {

    private final UUID therapist = UUID.randomUUID();

    @Test
    void aRescreenThatAddsSciaticPainAsksForAReviewOfTheEndRangeWork() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.HIP_PELVIS);
        ProgramFixtures.takeIntoCare(therapist, patient);
        String planId = assign(therapist, patient, plan(item(PIGEON, 6, null), item(DEAD_BUG, 6, null)))
                .statusCode(201).extract().path("id");

        ScreeningCompleted rescreen = rescreen(patient, Region.HIP_PELVIS, Region.SCIATIC);

        assertThat(reviewsOf(patient, 1)).singleElement().satisfies(review -> {
            assertThat(review.planId()).hasToString(planId);
            assertThat(review.screeningId()).isEqualTo(rescreen.screeningId());
            assertThat(review.warnings()).extracting(SafetyReviewRequired.Warning::code,
                    SafetyReviewRequired.Warning::exerciseId).containsExactly(tuple("END_RANGE_WITH_SCIATIC", PIGEON));
        });
        // the plan keeps running: the therapist decides
        assertThat(ProgramFixtures.planIs(planId, "ACTIVE")).isTrue();
    }

    @Test
    void warningsAcknowledgedWhenThePlanWasAssignedNeedNoNewReview() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.SCIATIC);
        ProgramFixtures.takeIntoCare(therapist, patient);
        Map<String, Object> body = plan(item(PIGEON, 6, null));
        body.put("acknowledgedWarnings", List.of("END_RANGE_WITH_SCIATIC"));
        assign(therapist, patient, body).statusCode(201);

        // lumbar pain is added: pigeon pose raises nothing new for it
        rescreen(patient, Region.SCIATIC, Region.LUMBAR);
        assertThat(reviewsOf(patient, 0)).isEmpty();
    }

    @Test
    void aRescreenWithTheSamePainTypesChecksNothingAndANewWarningIsAskedOnce() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.HIP_PELVIS);
        ProgramFixtures.takeIntoCare(therapist, patient);
        Map<String, Object> kneeToChest = item(KNEE_TO_CHEST, 6, 60);
        assign(therapist, patient, plan(kneeToChest)).statusCode(201);

        rescreen(patient, Region.HIP_PELVIS);
        rescreen(patient, Region.LUMBAR);     // knee-to-chest is a flexion stretch for back pain now
        rescreen(patient, Region.LUMBAR);     // unchanged: no second review

        assertThat(reviewsOf(patient, 1)).singleElement().satisfies(review -> assertThat(review.warnings())
                .extracting(SafetyReviewRequired.Warning::code).containsExactly("FLEXION_STRETCH_FOR_BACK_PAIN"));
    }

    private static ScreeningCompleted rescreen(UUID patient, Region... painTypes) {
        ScreeningCompleted screening = ProgramFixtures.screening(patient, Disposition.READY_FOR_PROGRAM,
                List.of(painTypes), RiskLevel.MEDIUM, Instant.now());
        ProgramFixtures.screened(screening);
        return screening;
    }

    private static List<SafetyReviewRequired> reviewsOf(UUID patient, int expected) {
        return EventProbe.events(Topics.PROGRAM_CARE,
                        e -> e.key().equals(patient) && e instanceof SafetyReviewRequired, Math.max(1, expected),
                        Duration.ofSeconds(expected == 0 ? 4 : 20), Duration.ofSeconds(2))
                .stream().map(SafetyReviewRequired.class::cast).toList();
    }
}
