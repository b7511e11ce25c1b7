package org.telerehab.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A therapist's account is open from the invitation until an admin closes it; the first closure is the one kept. */
class TherapistAccountTest {

    private static final Instant INVITED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-12-05T10:00:00Z");
    private static final TherapistDetails LEA = new TherapistDetails("Lea", "Leaving", "lea@example.org");

    @Test
    void anInvitedTherapistsAccountIsOpenUntilAnAdminClosesIt() {
        UUID admin = UUID.randomUUID();
        Therapist therapist = Therapist.invited(UUID.randomUUID(), LEA, admin, INVITED);
        assertThat(therapist.isDisabled()).isFalse();

        assertThat(therapist.disable(admin, CLOSED)).as("closed by this call").isTrue();

        assertThat(therapist.isDisabled()).isTrue();
        assertThat(therapist.disabledAt).isEqualTo(CLOSED);
        assertThat(therapist.disabledBy).isEqualTo(admin);
    }

    @Test
    void closingAgainKeepsTheFirstClosure() {
        UUID first = UUID.randomUUID();
        Therapist therapist = Therapist.invited(UUID.randomUUID(), LEA, first, INVITED);
        therapist.disable(first, CLOSED);

        assertThat(therapist.disable(UUID.randomUUID(), CLOSED.plusSeconds(60))).as("nothing new to announce")
                .isFalse();

        assertThat(therapist.disabledAt).isEqualTo(CLOSED);
        assertThat(therapist.disabledBy).isEqualTo(first);
    }
}
