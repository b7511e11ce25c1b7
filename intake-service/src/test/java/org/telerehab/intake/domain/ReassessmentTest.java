package org.telerehab.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.RiskLevel;

/** What a completed re-assessment stores: its scores and its change against the episode's baseline screening. */
class ReassessmentTest {

    private static final UUID PATIENT = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final Instant AT = Instant.parse("2026-12-04T08:15:00Z");

    /** Baseline pain 6 (the week's average), ODI 42 %. */
    static Screening baseline() {
        AnswersBuilder a = AnswersBuilder.answers();
        a.painAverageWeek = 6;
        a.odi = OswestryScoreTest.sections("2 3 1 - 2 2 3 1 2 3");
        return Screening.completed(PATIENT, AT.minusSeconds(86_400 * 14), a.build());
    }

    @Test
    void scoresItsAnswersAndMeasuresThemAgainstTheBaseline() {
        Screening baseline = baseline();
        ReassessmentAnswers answers = new ReassessmentAnswers(5, 4, StartBackScoreTest.items("10010100"),
                Bothersomeness.VERY_MUCH, OswestryScoreTest.sections("1 2 1 - 1 1 2 1 1 2"));

        Reassessment r = Reassessment.completed(PATIENT, AT, answers, baseline);

        assertThat(r.baselineScreeningId).isEqualTo(baseline.id);
        assertThat(r.startBackTotal).isEqualTo(4);
        assertThat(r.risk).isEqualTo(RiskLevel.MEDIUM);
        assertThat(r.odiPercent).isEqualTo(27); // 12 of 45
        assertThat(r.change()).isEqualTo(new OutcomeChange(2, 15, true, true));
    }

    @Test
    void aSkippedOswestryQuestionnaireHasNoOdiChange() {
        Reassessment r = Reassessment.completed(PATIENT, AT, new ReassessmentAnswers(5, 5,
                StartBackScoreTest.items("00000000"), Bothersomeness.SLIGHTLY, null), baseline());

        assertThat(r.odiPercent).isNull();
        assertThat(r.change()).isEqualTo(new OutcomeChange(1, null, false, null));
    }

    @Test
    void isMeasuredOnlyAgainstThePatientsOwnScreening() {
        ReassessmentAnswers answers = new ReassessmentAnswers(5, 5, StartBackScoreTest.items("00000000"),
                Bothersomeness.SLIGHTLY, null);
        assertThatThrownBy(() -> Reassessment.completed(UUID.randomUUID(), AT, answers, baseline()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reassessment.completed(PATIENT, AT, answers, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersOutOfRangeNameTheirField() {
        assertThatThrownBy(() -> new ReassessmentAnswers(11, 5, StartBackScoreTest.items("00000000"),
                Bothersomeness.SLIGHTLY, null)).isInstanceOfSatisfying(InvalidScreeningAnswerException.class,
                e -> assertThat(e.field()).isEqualTo("painNow"));
        assertThatThrownBy(() -> new ReassessmentAnswers(5, -1, StartBackScoreTest.items("00000000"),
                Bothersomeness.SLIGHTLY, null)).isInstanceOfSatisfying(InvalidScreeningAnswerException.class,
                e -> assertThat(e.field()).isEqualTo("painAverageWeek"));
    }
}
