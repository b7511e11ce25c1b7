package org.telerehab.events;

import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * intake-service: a patient completed a screening. {@code odiPercent} is null when the ODI was not scored;
 * {@code startBackTotal} (0-9) and {@code startBackPsychosocial} (0-5), added in 1.1, are null in events from before
 * it.
 */
@EventType(ScreeningCompleted.TYPE)
public record ScreeningCompleted(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID screeningId,
        Disposition disposition,
        List<Region> painTypes,
        RiskLevel risk,
        int baselinePain,
        Chronicity chronicity,
        List<RedFlag> redFlags,
        Integer odiPercent,
        Integer startBackTotal,
        Integer startBackPsychosocial) implements PatientEvent {

    public static final String TYPE = "ScreeningCompleted";

    @Override
    public String topic() {
        return Topics.INTAKE_SCREENINGS;
    }
}
