package org.telerehab.registry.rest;

import org.telerehab.registry.domain.Therapist;
import org.telerehab.registry.domain.TherapistDetails;

import java.util.UUID;

final class TherapistDto {

    private TherapistDto() {
    }

    record Invite(String givenName, String familyName, String email) {

        TherapistDetails toDetails() {
            return TherapistDetails.validated(givenName, familyName, email);
        }
    }

    /** What another therapist or an admin sees: the name to hand a patient to; {@code status} ACTIVE or DISABLED. */
    record Summary(UUID id, String givenName, String familyName, String status) {

        static Summary of(Therapist t) {
            return new Summary(t.id, t.givenName, t.familyName, t.isDisabled() ? "DISABLED" : "ACTIVE");
        }
    }
}
