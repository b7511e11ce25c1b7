package org.telerehab.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.telerehab.intake.domain.ReassessmentAnswers;

import java.util.List;

/** The body of {@code POST /api/reassessments}, as in the contract. */
public record ReassessmentRequest(
        @NotNull @Min(0) @Max(10) Integer painNow,
        @NotNull @Min(0) @Max(10) Integer painAverageWeek,
        @NotNull @Valid ScreeningRequest.StartBack startBack,
        @Size(min = 10, max = 10) List<@Min(0) @Max(5) Integer> odi) {

    ReassessmentAnswers toAnswers() {
        return new ReassessmentAnswers(painNow, painAverageWeek, startBack.items(), startBack.bothersomeness(), odi);
    }
}
