package org.telerehab.kit.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.telerehab.kit.security.CurrentUser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Records who read or changed which patient's health data, and when, in the service's own database.
 * It joins the caller's transaction, so health data is never served without its audit record.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger("telerehab.audit");

    private final AgroalDataSource dataSource;
    private final CurrentUser currentUser;

    AuditTrail(AgroalDataSource dataSource, CurrentUser currentUser) {
        this.dataSource = dataSource;
        this.currentUser = currentUser;
    }

    @Transactional
    public void read(String resourceType, Object resourceId, UUID patientId) {
        record("READ", resourceType, resourceId, patientId);
    }

    /** One audit record per patient whose data a list read showed (e.g. a caseload), written as one batch. */
    @Transactional
    public void readEach(String resourceType, java.util.Collection<UUID> patientIds) {
        String actor = currentUser.id().toString();
        String role = currentUser.auditRole();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO audit_log (actor_id, actor_role, action, patient_id, resource_type, resource_id)"
                             + " VALUES (?, ?, 'READ', ?, ?, ?)")) {
            for (UUID patientId : patientIds) {
                insert.setString(1, actor);
                insert.setString(2, role);
                insert.setObject(3, patientId);
                insert.setString(4, resourceType);
                insert.setString(5, patientId.toString());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the audit records", e);
        }
        LOG.infof("audit actor=%s role=%s action=READ resource=%s patients=%d", actor, role, resourceType,
                patientIds.size());
    }

    @Transactional
    public void record(String action, String resourceType, Object resourceId, UUID patientId) {
        String actor = currentUser.id().toString();
        String role = currentUser.auditRole();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO audit_log (actor_id, actor_role, action, patient_id, resource_type, resource_id)"
                             + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, actor);
            insert.setString(2, role);
            insert.setString(3, action);
            insert.setObject(4, patientId);
            insert.setString(5, resourceType);
            insert.setString(6, resourceId == null ? null : resourceId.toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the audit record", e);
        }
        LOG.infof("audit actor=%s role=%s action=%s resource=%s/%s patient=%s", actor, role, action,
                resourceType, resourceId, patientId);
    }
}
