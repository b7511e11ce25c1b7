package org.telerehab.kit.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.telerehab.kit.security.CurrentUser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Records who read or changed which patient's health data, who was refused, and when, from which request, address
 * and client, in the service's own database. Reads and changes join the caller's transaction, so health data is
 * never served without its audit record; a refusal is recorded in a transaction of its own, as the refused request's
 * is rolled back. The service's database role can add records but never change or delete them, and
 * {@link AuditSealing} seals them into a hash chain.
 */
@ApplicationScoped
public class AuditTrail {

    /** The action of a refused request (403, or 404 for another patient's record). */
    public static final String REFUSED = "REFUSED";

    private static final Logger LOG = Logger.getLogger("telerehab.audit");
    private static final String INSERT = "INSERT INTO audit_log (actor_id, actor_role, action, patient_id,"
            + " resource_type, resource_id, request_id, client_address, client_id, reason)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final AgroalDataSource dataSource;
    private final CurrentUser currentUser;
    private final RequestOrigin origin;

    AuditTrail(AgroalDataSource dataSource, CurrentUser currentUser, RequestOrigin origin) {
        this.dataSource = dataSource;
        this.currentUser = currentUser;
        this.origin = origin;
    }

    @Transactional
    public void read(String resourceType, Object resourceId, UUID patientId) {
        record("READ", resourceType, resourceId, patientId);
    }

    /** One audit record per patient whose data a list read showed (e.g. a caseload), written as one batch. */
    @Transactional
    public void readEach(String resourceType, Collection<UUID> patientIds) {
        write("READ", resourceType, patientIds.stream().map(id -> new Subject(id, id)).toList());
    }

    /** A change, a grant of access or a clinical decision about a patient ({@code patientId} null: none). */
    @Transactional
    public void record(String action, String resourceType, Object resourceId, UUID patientId) {
        write(action, resourceType, List.of(new Subject(patientId, resourceId)));
    }

    /**
     * A request refused for lack of access to a patient's records. Committed on its own, as the refused request's
     * transaction is rolled back.
     *
     * @param resourceId what was asked for (method and path: ids only, never a body)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String resourceType, String resourceId, UUID patientId) {
        write(REFUSED, resourceType, List.of(new Subject(patientId, resourceId)));
    }

    private record Subject(UUID patientId, Object resourceId) {
    }

    private void write(String action, String resourceType, List<Subject> subjects) {
        String actor = currentUser.id().toString();
        String role = currentUser.auditRole();
        // an admin's stated reason goes with every record of the request (PatientAccess checked it)
        String reason = currentUser.isAdmin() && RequestOrigin.acceptableReason(origin.breakGlassReason())
                ? origin.breakGlassReason() : null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Subject subject : subjects) {
                insert.setString(1, actor);
                insert.setString(2, role);
                insert.setString(3, action);
                insert.setObject(4, subject.patientId());
                insert.setString(5, resourceType);
                insert.setString(6, subject.resourceId() == null ? null : subject.resourceId().toString());
                insert.setString(7, origin.requestId());
                insert.setString(8, origin.clientAddress());
                insert.setString(9, origin.clientId());
                insert.setString(10, reason);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the audit record", e);
        }
        if (subjects.size() == 1) {
            LOG.infof("audit actor=%s role=%s action=%s resource=%s/%s patient=%s request=%s client=%s", actor, role,
                    action, resourceType, subjects.get(0).resourceId(), subjects.get(0).patientId(),
                    origin.requestId(), origin.clientId());
        } else {
            LOG.infof("audit actor=%s role=%s action=%s resource=%s patients=%d request=%s client=%s", actor, role,
                    action, resourceType, subjects.size(), origin.requestId(), origin.clientId());
        }
    }
}
