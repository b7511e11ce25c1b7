package org.telerehab.kit.care;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The care_relation table: who cares for whom, the basis of every therapist's access to patient data. */
@ApplicationScoped
public class CareDirectory {

    public record CareRelation(UUID patientId, UUID therapistId, Instant since) {
    }

    private final AgroalDataSource dataSource;

    CareDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public Optional<CareRelation> relationOf(UUID patientId) {
        return query("SELECT patient_id, therapist_id, since FROM care_relation WHERE patient_id = ?", patientId)
                .stream().findFirst();
    }

    @Transactional
    public boolean isCaring(UUID therapistId, UUID patientId) {
        return relationOf(patientId).map(r -> r.therapistId().equals(therapistId)).orElse(false);
    }

    @Transactional
    public List<CareRelation> patientsOf(UUID therapistId) {
        return query("SELECT patient_id, therapist_id, since FROM care_relation WHERE therapist_id = ? ORDER BY since",
                therapistId);
    }

    /**
     * The source of truth (program-service): records the relation unless the patient already has one.
     *
     * @return true when it was recorded by this call
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean assign(UUID patientId, UUID therapistId, Instant since) {
        return update("INSERT INTO care_relation (patient_id, therapist_id, since) VALUES (?, ?, ?)"
                + " ON CONFLICT (patient_id) DO NOTHING", patientId, therapistId, since) == 1;
    }

    /**
     * The source of truth (program-service): hands the patient to another therapist.
     *
     * @return the relation it replaced, if the patient was in somebody's care
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CareRelation> transfer(UUID patientId, UUID therapistId, Instant since) {
        Optional<CareRelation> before = lockedRelationOf(patientId);
        if (before.isPresent()) {
            update("UPDATE care_relation SET therapist_id = ?, since = ? WHERE patient_id = ?", therapistId, since,
                    patientId);
        }
        return before;
    }

    /**
     * The source of truth (program-service): the patient is back in nobody's care.
     *
     * @return the relation it ended, if the patient was in somebody's care
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CareRelation> release(UUID patientId) {
        Optional<CareRelation> before = lockedRelationOf(patientId);
        before.ifPresent(r -> update("DELETE FROM care_relation WHERE patient_id = ? AND therapist_id = ?",
                patientId, r.therapistId()));
        return before;
    }

    /** A copy kept from events: a release ends the relation it follows (never a later grant). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientReleased event) {
        update("DELETE FROM care_relation WHERE patient_id = ? AND therapist_id = ? AND since <= ?",
                event.patientId(), event.therapistId(), event.occurredAt());
    }

    /** A copy kept from events: the latest relation wins, whatever order the events arrive in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientTakenIntoCare event) {
        update("INSERT INTO care_relation (patient_id, therapist_id, since) VALUES (?, ?, ?)"
                        + " ON CONFLICT (patient_id) DO UPDATE SET therapist_id = EXCLUDED.therapist_id,"
                        + " since = EXCLUDED.since WHERE care_relation.since <= EXCLUDED.since",
                event.patientId(), event.therapistId(), event.occurredAt());
    }

    private Optional<CareRelation> lockedRelationOf(UUID patientId) {
        return query("SELECT patient_id, therapist_id, since FROM care_relation WHERE patient_id = ? FOR UPDATE",
                patientId).stream().findFirst();
    }

    /** One statement with its parameters in order (an Instant is bound as a timestamp); answers the rows changed. */
    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i] instanceof Instant at ? Timestamp.from(at) : params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("care_relation update failed", e);
        }
    }

    private List<CareRelation> query(String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            List<CareRelation> relations = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    relations.add(new CareRelation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getTimestamp(3).toInstant()));
                }
            }
            return relations;
        } catch (SQLException e) {
            throw new IllegalStateException("care_relation query failed", e);
        }
    }
}
