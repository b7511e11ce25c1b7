package org.telerehab.program.rest;

import org.telerehab.kit.care.CareDirectory.CareRelation;

import java.time.Instant;
import java.util.UUID;

/** Who cares for a patient, since when. */
public record CareDto(UUID patientId, UUID therapistId, Instant since) {

    static CareDto of(CareRelation relation) {
        return new CareDto(relation.patientId(), relation.therapistId(), relation.since());
    }
}
