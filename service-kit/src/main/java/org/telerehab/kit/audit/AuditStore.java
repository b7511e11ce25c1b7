package org.telerehab.kit.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The audit trail's SQL: reading records, sealing them into the chain, and the retention purge. */
public final class AuditStore {

    /** Taken for the length of a sealing transaction, so replicas never seal concurrently. */
    static final long SEAL_LOCK = 0x7e1e_a0d1_75ea_1L;

    private static final String COLUMNS = "id, occurred_at, actor_id, actor_role, action, patient_id, resource_type,"
            + " resource_id, request_id, client_address, client_id, reason, chain_seq, prev_hash, row_hash";

    /**
     * Seals up to {@code limit} committed, unsealed records after the chain's head, in one transaction.
     *
     * @return how many were sealed (0 also when another replica was sealing)
     */
    public int sealBatch(Connection connection, int limit) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (!tryLock(connection)) {
                connection.rollback();
                return 0;
            }
            Head head = head(connection);
            List<AuditRecord> unsealed = query(connection, "SELECT " + COLUMNS
                    + " FROM audit_log WHERE chain_seq IS NULL ORDER BY id LIMIT ?", limit);
            if (unsealed.isEmpty()) {
                connection.commit();
                return 0;
            }
            List<AuditRecord> sealed = AuditChain.seal(head.seq(), head.hash(), unsealed);
            int count;
            try (PreparedStatement seal = connection.prepareStatement("SELECT audit_seal(?, ?, ?, ?)")) {
                seal.setArray(1, array(connection, "bigint", sealed.stream().map(AuditRecord::id).toArray()));
                seal.setArray(2, array(connection, "bigint", sealed.stream().map(AuditRecord::chainSeq).toArray()));
                seal.setArray(3, array(connection, "text", sealed.stream().map(AuditRecord::prevHash).toArray()));
                seal.setArray(4, array(connection, "text", sealed.stream().map(AuditRecord::rowHash).toArray()));
                try (ResultSet rs = seal.executeQuery()) {
                    rs.next();
                    count = rs.getInt(1);
                }
            }
            connection.commit();
            return count;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The chain's last sealed record: its place and hash (0 and the genesis hash for an empty chain). */
    public record Head(long seq, String hash) {
    }

    public Head head(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT chain_seq, row_hash FROM audit_log WHERE chain_seq IS NOT NULL"
                        + " ORDER BY chain_seq DESC LIMIT 1")) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, AuditChain.GENESIS);
        }
    }

    /** Feeds every sealed record, in chain order and in pages, to a verifier. */
    public AuditChain.Verification verify(Connection connection, int pageSize) throws SQLException {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditRecord> page = query(connection, "SELECT " + COLUMNS + " FROM audit_log"
                    + " WHERE chain_seq > ? ORDER BY chain_seq LIMIT ?", after, pageSize);
            for (AuditRecord record : page) {
                if (!verifier.accept(record)) {
                    return verifier.result();
                }
            }
            if (page.size() < pageSize) {
                return verifier.result();
            }
            after = page.get(page.size() - 1).chainSeq();
        }
    }

    public long countUnsealed(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_log WHERE chain_seq IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deletes sealed records older than {@code keep}; the database refuses less than 6 years. */
    public long purge(Connection connection, Period keep) throws SQLException {
        try (PreparedStatement purge = connection.prepareStatement("SELECT audit_purge(?::interval)")) {
            purge.setString(1, keep.toString());
            try (ResultSet rs = purge.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A patient's records, newest first: at most {@code limit}, older than record {@code beforeId} if given. */
    public List<AuditRecord> ofPatient(Connection connection, UUID patientId, Instant from, Instant to, Long beforeId,
                                       boolean withRefusals, int limit) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + " FROM audit_log WHERE patient_id = ?"
                        + " AND occurred_at >= ? AND occurred_at < ? AND id < ?"
                        + (withRefusals ? "" : " AND action <> '" + AuditTrail.REFUSED + "'")
                        + " ORDER BY id DESC LIMIT ?",
                patientId, Timestamp.from(from), Timestamp.from(to), beforeId == null ? Long.MAX_VALUE : beforeId,
                limit);
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, SEAL_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    private static List<AuditRecord> query(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<AuditRecord> records = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong("chain_seq");
                    Long chainSeq = rs.wasNull() ? null : seq;
                    records.add(new AuditRecord(rs.getLong("id"),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            rs.getString("actor_id"), rs.getString("actor_role"), rs.getString("action"),
                            rs.getObject("patient_id", UUID.class), rs.getString("resource_type"),
                            rs.getString("resource_id"), rs.getString("request_id"), rs.getString("client_address"),
                            rs.getString("client_id"), rs.getString("reason"), chainSeq, rs.getString("prev_hash"),
                            rs.getString("row_hash")));
                }
            }
            return records;
        }
    }
}
