package org.telerehab.kit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit trail's hash chain: each sealed record's hash covers the previous record's hash and every field of its
 * own, so changing, removing or reordering a sealed record breaks the chain at that point. The retention purge only
 * removes a prefix, so a trail verifies from its first remaining record.
 */
public final class AuditChain {

    /** The previous hash of the very first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * The hash of a record after {@code prevHash}. Every field is written as its length and its value, so no choice
     * of values can make two different records hash alike; the time is in microseconds since the epoch.
     */
    public static String hash(String prevHash, AuditRecord r) {
        StringBuilder text = new StringBuilder(prevHash).append('\n');
        for (Object field : List.of(r.id(), ChronoUnit.MICROS.between(Instant.EPOCH, r.occurredAt()),
                nullable(r.actorId()), nullable(r.actorRole()), nullable(r.action()), nullable(r.patientId()),
                nullable(r.resourceType()), nullable(r.resourceId()), nullable(r.requestId()),
                nullable(r.clientAddress()), nullable(r.clientId()), nullable(r.reason()))) {
            String value = field.toString();
            text.append(value.length()).append(':').append(value).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Seals {@code unsealed}, in this order, after the chain's head ({@code headSeq} 0: an empty chain). */
    public static List<AuditRecord> seal(long headSeq, String headHash, List<AuditRecord> unsealed) {
        List<AuditRecord> sealed = new ArrayList<>(unsealed.size());
        long seq = headSeq;
        String prev = headHash;
        for (AuditRecord record : unsealed) {
            seq++;
            String hash = hash(prev, record);
            sealed.add(record.sealed(seq, prev, hash));
            prev = hash;
        }
        return sealed;
    }

    /** What a verification found. {@code broken} says where the chain first does not hold, if anywhere. */
    public record Verification(long verified, Long firstSeq, Long lastSeq, String headHash, Optional<String> broken) {

        public boolean intact() {
            return broken.isEmpty();
        }
    }

    /** Verifies sealed records given in chain order (the whole remaining chain, or a run of it). */
    public static Verification verify(List<AuditRecord> chain) {
        Verifier verifier = new Verifier();
        for (AuditRecord record : chain) {
            if (!verifier.accept(record)) {
                break;
            }
        }
        return verifier.result();
    }

    /** Verifies a chain fed record by record in chain order, so a long trail never has to fit in memory. */
    public static final class Verifier {

        private long verified;
        private Long firstSeq;
        private Long lastSeq;
        private String prev;
        private String broken;

        /** @return false once the chain is broken (later records are not looked at) */
        public boolean accept(AuditRecord r) {
            if (broken != null) {
                return false;
            }
            if (firstSeq == null) {
                firstSeq = r.chainSeq();
                prev = r.prevHash();
                if (r.chainSeq() == 1 && !GENESIS.equals(r.prevHash())) {
                    broken = "record 1 (id " + r.id() + ") does not start the chain";
                    return false;
                }
            } else if (r.chainSeq() != lastSeq + 1) {
                broken = "record " + (lastSeq + 1) + " is missing (record " + r.chainSeq() + " follows "
                        + lastSeq + ")";
                return false;
            }
            if (!Objects.equals(prev, r.prevHash())) {
                broken = "record " + r.chainSeq() + " (id " + r.id() + ") does not follow the record before it";
                return false;
            }
            if (!hash(prev, r).equals(r.rowHash())) {
                broken = "record " + r.chainSeq() + " (id " + r.id() + ") was changed after it was sealed";
                return false;
            }
            verified++;
            lastSeq = r.chainSeq();
            prev = r.rowHash();
            return true;
        }

        public Verification result() {
            return new Verification(verified, firstSeq, lastSeq, firstSeq == null ? GENESIS : prev,
                    Optional.ofNullable(broken));
        }
    }

    private static Object nullable(Object value) {
        return value == null ? "\u0000" : value;
    }
}
