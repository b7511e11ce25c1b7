package org.telerehab.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.intake.domain.Bothersomeness;
import org.telerehab.intake.domain.ScreeningAnswers;

import java.time.LocalTime;
import java.util.List;

/** The body of {@code POST /api/screenings}, as in the contract. */
public record ScreeningRequest(
        @NotEmpty List<@NotNull Region> painRegions,
        @NotNull Boolean radiatesBelowKnee,
        @NotNull @Min(0) @Max(10) Integer painNow,
        @NotNull @Min(0) @Max(10) Integer painAverageWeek,
        @NotNull @Min(0) @Max(5200) Integer symptomWeeks,
        @NotNull List<@NotNull RedFlag> redFlags,
        @NotNull @Valid StartBack startBack,
        @Size(min = 10, max = 10) List<@Min(0) @Max(5) Integer> odi,
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time of day as HH:mm") String wakeTime) {

    /** STarT Back: items 1-8 (agree = true) and item 9. */
    public record StartBack(
            @NotNull @Size(min = 8, max = 8) List<@NotNull Boolean> items,
            @NotNull Bothersomeness bothersomeness) {
    }

    ScreeningAnswers toAnswers() {
        return new ScreeningAnswers(painRegions, radiatesBelowKnee, painNow, painAverageWeek, symptomWeeks, redFlags,
                startBack.items(), startBack.bothersomeness(), odi, wakeTime == null ? null : LocalTime.parse(wakeTime));
    }
}
