package org.telerehab.kit.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One record of the audit trail as stored, with its place in the hash chain (null until sealed).
 *
 * @param occurredAt to the microsecond, as PostgreSQL keeps it
 * @param reason     an admin's stated reason for reading clinical records (break-glass), else null
 */
public record AuditRecord(long id, Instant occurredAt, String actorId, String actorRole, String action,
                          UUID patientId, String resourceType, String resourceId, String requestId,
                          String clientAddress, String clientId, String reason, Long chainSeq, String prevHash,
                          String rowHash) {

    /** The same record sealed at {@code seq} after {@code prev}. */
    public AuditRecord sealed(long seq, String prev, String hash) {
        return new AuditRecord(id, occurredAt, actorId, actorRole, action, patientId, resourceType, resourceId,
                requestId, clientAddress, clientId, reason, seq, prev, hash);
    }
}
