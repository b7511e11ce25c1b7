package org.telerehab.intake.domain;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a completed screening stores: who, when, the answers as given and the outcome they score to. */
class ScreeningTest {

    private static final UUID PATIENT = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final Instant SUBMITTED = Instant.parse("2026-11-20T08:15:00Z");

    @Test
    void storesTheOutcomeOfItsAnswers() {
        AnswersBuilder a = AnswersBuilder.answers();
        a.redFlags = List.of(RedFlag.FEVER);
        a.startBackItems = StartBackScoreTest.items("10010100");
        a.bothersomeness = Bothersomeness.VERY_MUCH;
        a.odi = OswestryScoreTest.sections("2 3 1 - 2 2 3 1 2 3");
        ScreeningAnswers answers = a.build();

        Screening screening = Screening.completed(PATIENT, SUBMITTED, answers);

        assertNotNull(screening.id);
        assertEquals(PATIENT, screening.patientId);
        assertEquals(SUBMITTED, screening.submittedAt);
        assertEquals(answers, screening.answers);
        assertEquals(Disposition.PHYSICIAN_REVIEW, screening.disposition);
        assertEquals(4, screening.startBackTotal);
        assertEquals(2, screening.startBackPsychosocial);
        assertEquals(RiskLevel.MEDIUM, screening.risk);
        assertEquals(42, screening.odiPercent);
        assertEquals(OdiBand.SEVERE, screening.odiBand);
        assertEquals(List.of(RedFlag.FEVER), screening.redFlags);
    }

    @Test
    void aSkippedOswestryQuestionnaireStoresNoScore() {
        Screening screening = Screening.completed(PATIENT, SUBMITTED, AnswersBuilder.answers().build());

        assertNull(screening.odiPercent);
        assertNull(screening.odiBand);
    }
}
