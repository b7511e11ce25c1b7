package org.telerehab.kit.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static final UUID PATIENT = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final Instant AT = Instant.parse("2026-12-05T09:00:00.123456Z");

    private static AuditRecord record(long id) {
        return new AuditRecord(id, AT.plusSeconds(id), "actor-" + id, "therapist", "READ", PATIENT, "Screening",
                "res-" + id, "req-" + id, "10.0.0." + id, "telerehab-portal", null, null, null, null);
    }

    private static List<AuditRecord> sealedChain(int length) {
        List<AuditRecord> unsealed = new ArrayList<>();
        for (int i = 1; i <= length; i++) {
            unsealed.add(record(i));
        }
        return new ArrayList<>(AuditChain.seal(0, AuditChain.GENESIS, unsealed));
    }

    @Test
    void aSealedChainVerifiesAndItsHeadIsTheLastHash() {
        List<AuditRecord> chain = sealedChain(4);

        AuditChain.Verification verification = AuditChain.verify(chain);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.verified()).isEqualTo(4);
        assertThat(verification.firstSeq()).isEqualTo(1);
        assertThat(verification.lastSeq()).isEqualTo(4);
        assertThat(verification.headHash()).isEqualTo(chain.get(3).rowHash()).hasSize(64);
        assertThat(chain.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(chain.get(2).prevHash()).isEqualTo(chain.get(1).rowHash());
    }

    @Test
    void sealingContinuesAfterTheHead() {
        List<AuditRecord> first = sealedChain(2);
        List<AuditRecord> more = AuditChain.seal(2, first.get(1).rowHash(), List.of(record(3), record(4)));
        List<AuditRecord> chain = new ArrayList<>(first);
        chain.addAll(more);

        assertThat(more.get(0).chainSeq()).isEqualTo(3);
        assertThat(AuditChain.verify(chain).intact()).isTrue();
    }

    @ParameterizedTest(name = "changing the {0} of a sealed record breaks the chain there")
    @ValueSource(strings = {"id", "time", "actor", "role", "action", "patient", "type", "resource", "request",
            "address", "client", "reason"})
    void changingAnyFieldOfASealedRecordIsFound(String field) {
        List<AuditRecord> chain = sealedChain(3);
        AuditRecord r = chain.get(1);
        AuditRecord changed = switch (field) {
            case "id" -> new AuditRecord(99, r.occurredAt(), r.actorId(), r.actorRole(), r.action(), r.patientId(),
                    r.resourceType(), r.resourceId(), r.requestId(), r.clientAddress(), r.clientId(), r.reason(),
                    r.chainSeq(), r.prevHash(), r.rowHash());
            case "time" -> new AuditRecord(r.id(), r.occurredAt().plusNanos(1000), r.actorId(), r.actorRole(),
                    r.action(), r.patientId(), r.resourceType(), r.resourceId(), r.requestId(), r.clientAddress(),
                    r.clientId(), r.reason(), r.chainSeq(), r.prevHash(), r.rowHash());
            case "actor" -> with(r, "someone-else", r.actorRole(), r.action(), r.patientId(), r.resourceType(),
                    r.resourceId(), r.requestId(), r.clientAddress(), r.clientId());
            case "role" -> with(r, r.actorId(), "admin", r.action(), r.patientId(), r.resourceType(),
                    r.resourceId(), r.requestId(), r.clientAddress(), r.clientId());
            case "action" -> with(r, r.actorId(), r.actorRole(), "CREATE", r.patientId(), r.resourceType(),
                    r.resourceId(), r.requestId(), r.clientAddress(), r.clientId());
            case "patient" -> with(r, r.actorId(), r.actorRole(), r.action(), null, r.resourceType(),
                    r.resourceId(), r.requestId(), r.clientAddress(), r.clientId());
            case "type" -> with(r, r.actorId(), r.actorRole(), r.action(), r.patientId(), "Plan",
                    r.resourceId(), r.requestId(), r.clientAddress(), r.clientId());
            case "resource" -> with(r, r.actorId(), r.actorRole(), r.action(), r.patientId(), r.resourceType(),
                    "other", r.requestId(), r.clientAddress(), r.clientId());
            case "request" -> with(r, r.actorId(), r.actorRole(), r.action(), r.patientId(), r.resourceType(),
                    r.resourceId(), null, r.clientAddress(), r.clientId());
            case "address" -> with(r, r.actorId(), r.actorRole(), r.action(), r.patientId(), r.resourceType(),
                    r.resourceId(), r.requestId(), "10.9.9.9", r.clientId());
            case "client" -> with(r, r.actorId(), r.actorRole(), r.action(), r.patientId(), r.resourceType(),
                    r.resourceId(), r.requestId(), r.clientAddress(), "admin-cli");
            default -> new AuditRecord(r.id(), r.occurredAt(), r.actorId(), r.actorRole(), r.action(), r.patientId(),
                    r.resourceType(), r.resourceId(), r.requestId(), r.clientAddress(), r.clientId(), "audit",
                    r.chainSeq(), r.prevHash(), r.rowHash());
        };
        chain.set(1, changed);

        AuditChain.Verification verification = AuditChain.verify(chain);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.broken()).hasValueSatisfying(why -> assertThat(why)
                .isEqualTo("record 2 (id " + changed.id() + ") was changed after it was sealed"));
        assertThat(verification.verified()).as("the records before it still hold").isEqualTo(1);
        assertThat(verification.lastSeq()).isEqualTo(1);
    }

    @Test
    void aRemovedRecordIsFound() {
        List<AuditRecord> chain = sealedChain(4);
        chain.remove(2);

        assertThat(AuditChain.verify(chain).broken())
                .hasValue("record 3 is missing (record 4 follows 2)");
    }

    @Test
    void aRecordResealedOutOfPlaceIsFound() {
        List<AuditRecord> chain = sealedChain(3);
        AuditRecord third = chain.get(2);
        // rewritten to look like the next one after record 1, skipping record 2's hash
        chain.set(2, third.sealed(3, chain.get(0).rowHash(), AuditChain.hash(chain.get(0).rowHash(), third)));

        assertThat(AuditChain.verify(chain).broken())
                .hasValue("record 3 (id 3) does not follow the record before it");
    }

    @Test
    void aForgedFirstRecordIsFound() {
        List<AuditRecord> chain = sealedChain(2);
        AuditRecord first = chain.get(0);
        String forgedPrev = "f".repeat(64);
        chain.set(0, first.sealed(1, forgedPrev, AuditChain.hash(forgedPrev, first)));

        assertThat(AuditChain.verify(chain).broken()).hasValue("record 1 (id 1) does not start the chain");
    }

    @Test
    void whatTheRetentionPurgeLeavesStillVerifiesFromItsFirstRecord() {
        List<AuditRecord> chain = sealedChain(5);
        List<AuditRecord> kept = chain.subList(2, 5);

        AuditChain.Verification verification = AuditChain.verify(kept);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.firstSeq()).isEqualTo(3);
        assertThat(verification.verified()).isEqualTo(3);
    }

    @Test
    void aVerifierStopsAtTheFirstBreakAndLooksAtNothingAfterIt() {
        List<AuditRecord> chain = sealedChain(4);
        AuditChain.Verifier verifier = new AuditChain.Verifier();

        assertThat(verifier.accept(chain.get(0))).isTrue();
        assertThat(verifier.accept(chain.get(2))).as("record 2 skipped").isFalse();
        assertThat(verifier.accept(chain.get(1))).as("after a break nothing is accepted").isFalse();
        assertThat(verifier.result().verified()).isEqualTo(1);
        for (AuditRecord forged : List.of(chain.get(1).sealed(2, "f".repeat(64), chain.get(1).rowHash()),
                chain.get(1).sealed(2, chain.get(0).rowHash(), "0".repeat(64)))) {
            AuditChain.Verifier another = new AuditChain.Verifier();
            another.accept(chain.get(0));
            assertThat(another.accept(forged)).isFalse();
        }
        AuditChain.Verifier forgedStart = new AuditChain.Verifier();
        assertThat(forgedStart.accept(chain.get(0).sealed(1, "f".repeat(64), chain.get(0).rowHash()))).isFalse();
    }

    @Test
    void anEmptyTrailIsIntact() {
        AuditChain.Verification verification = AuditChain.verify(List.of());

        assertThat(verification.intact()).isTrue();
        assertThat(verification.verified()).isZero();
        assertThat(verification.headHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        AuditRecord a = with(record(1), "ab", "c", "READ", PATIENT, "T", "x", null, null, null);
        AuditRecord b = with(record(1), "a", "bc", "READ", PATIENT, "T", "x", null, null, null);
        AuditRecord absent = with(record(1), "a", "bc", "READ", PATIENT, "T", "x", "", null, null);

        assertThat(AuditChain.hash(AuditChain.GENESIS, a)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, b));
        assertThat(AuditChain.hash(AuditChain.GENESIS, b)).as("absent and empty differ")
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, absent));
    }

    private static AuditRecord with(AuditRecord r, String actor, String role, String action, UUID patient,
                                    String type, String resource, String request, String address, String client) {
        return new AuditRecord(r.id(), r.occurredAt(), actor, role, action, patient, type, resource, request,
                address, client, r.reason(), r.chainSeq(), r.prevHash(), r.rowHash());
    }
}
