package org.telerehab.program.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** When a discharge is refused, and when an episode has ended: at the edges of the discharge and screening times. */
class DischargeRefusalTest {

    private static final Instant DISCHARGED = Instant.parse("2026-11-30T10:00:00Z");

    @ParameterizedTest(name = "open red flag={0}, discharged={1}, screened {2} s after: ended={3}, refusal={4}")
    @CsvSource(nullValues = "none", value = {
            "false, false, none, false, none",          // enrolled, never screened, never discharged
            "false, false, -100, false, none",          // screened, never discharged
            "false, true,  none, true,  NO_EPISODE",    // discharged without any screening
            "false, true,  -1,   true,  NO_EPISODE",    // the screening before the discharge is that episode's
            "false, true,  0,    true,  NO_EPISODE",    // at the same instant still
            "false, true,  1,    false, none",          // screened after it: a new episode
            "true,  false, -100, false, OPEN_RED_FLAG", // a red flag first, whatever else
            "true,  true,  -1,   true,  OPEN_RED_FLAG",
    })
    void refusalAndEpisodeEnd(boolean openRedFlag, boolean discharged, Integer screenedSecondsAfter,
                              boolean episodeEnded, Discharge.Refusal refusal) {
        Optional<Instant> lastDischarge = discharged ? Optional.of(DISCHARGED) : Optional.empty();
        Optional<Instant> lastScreening = Optional.ofNullable(screenedSecondsAfter).map(DISCHARGED::plusSeconds);

        assertThat(Discharge.episodeEnded(lastDischarge, lastScreening)).isEqualTo(episodeEnded);
        assertThat(Discharge.refusal(openRedFlag, lastDischarge, lastScreening)).isEqualTo(Optional.ofNullable(refusal));
    }
}
