package org.telerehab.program.rest;

import org.telerehab.program.domain.CareRelation;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/** Who cares for a patient, since when. */
public record CareDto(UUID patientId, UUID therapistId, Instant since) {

    /** {@code POST .../care/transfer}: the therapist who cares from now on. */
    record Transfer(@NotNull UUID therapistId) {
    }

    static CareDto of(CareRelation relation) {
        return new CareDto(relation.patientId, relation.therapistId, relation.since);
    }
}
