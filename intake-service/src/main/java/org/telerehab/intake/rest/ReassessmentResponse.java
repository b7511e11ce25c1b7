package org.telerehab.intake.rest;

import org.telerehab.intake.domain.OutcomeChange;
import org.telerehab.intake.domain.Reassessment;

import java.time.Instant;
import java.util.UUID;

/** A re-assessment as the contract shows it, with its change against the episode's baseline screening. */
public record ReassessmentResponse(
        UUID id,
        UUID patientId,
        Instant submittedAt,
        int painNow,
        int painAverageWeek,
        ScreeningResponse.StartBack startBack,
        ScreeningResponse.Odi odi,
        UUID baselineScreeningId,
        OutcomeChange change) {

    static ReassessmentResponse of(Reassessment r) {
        return new ReassessmentResponse(r.id, r.patientId, r.submittedAt, r.answers.painNow(),
                r.answers.painAverageWeek(), new ScreeningResponse.StartBack(r.startBackTotal, r.startBackPsychosocial,
                r.risk), r.odiSectionsAnswered == null ? null
                : new ScreeningResponse.Odi(r.odiPercent, r.odiBand, r.odiSectionsAnswered),
                r.baselineScreeningId, r.change());
    }
}
