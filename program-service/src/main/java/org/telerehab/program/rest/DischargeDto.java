package org.telerehab.program.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.telerehab.program.domain.Discharge;

import java.time.Instant;
import java.util.UUID;

/** A discharge: who ended the patient's episode of care, when, why, and the plan it completed (null when none). */
public record DischargeDto(UUID id, UUID patientId, UUID therapistId, UUID planId, String reason,
                           Instant dischargedAt) {

    /** {@code POST .../discharge}: the therapist's reason, kept in program-service only. */
    record Request(@NotBlank @Size(max = 2000) String reason) {
    }

    static DischargeDto of(Discharge d) {
        return new DischargeDto(d.id, d.patientId, d.therapistId, d.planId, d.reason, d.dischargedAt);
    }
}
