package org.telerehab.events;

import org.telerehab.events.codes.RiskLevel;

import java.time.Instant;
import java.util.UUID;

/**
 * intake-service (1.1): a patient completed a re-assessment (NPRS, STarT Back, ODI), measured against the first
 * screening of their episode of care. Scores and flags only: the answers stay in intake-service.
 *
 * @param baselineScreeningId the episode's first screening, the baseline of {@code painPoints} and {@code odiPoints}
 * @param painAverageWeek     NPRS 0-10, the week's average (the measure a screening's baseline is)
 * @param odiPercent          null when the ODI could not be scored (fewer than 8 sections answered)
 * @param painPoints          baseline minus now: positive is better
 * @param odiPoints           baseline minus now, null when either ODI is unknown
 * @param odiMcid             null when odiPoints is
 */
@EventType(ReassessmentCompleted.TYPE)
public record ReassessmentCompleted(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID reassessmentId,
        UUID baselineScreeningId,
        int painAverageWeek,
        Integer odiPercent,
        int startBackTotal,
        RiskLevel risk,
        int painPoints,
        Integer odiPoints,
        boolean painMcid,
        Boolean odiMcid,
        int startBackPsychosocial) implements PatientEvent {

    public static final String TYPE = "ReassessmentCompleted";

    @Override
    public String topic() {
        return Topics.INTAKE_SCREENINGS;
    }
}
