package org.telerehab.kit.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Who touched a patient's records in this service: the patient's own accounting of access (every service answers it
 * for its own records), what the caring therapist sees of it (an admin's break-glass reads of their patient among
 * them), and the admin's export for a patient and a period.
 */
// the whole path at class level: services have resources at /api/patients/{patientId}, which JAX-RS would match
// first and never look further
@Path("/api/patients/{patientId}/access-log")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    static final int MAX_PAGE = 100;

    /**
     * One record as the patient, the caring therapist or the admin sees it; {@code reason} is an admin's stated
     * reason for a clinical read (break-glass); refusals and client addresses only for admins.
     */
    public record Entry(long id, Instant at, String actorId, String actorRole, String action, String resourceType,
                        String resourceId, String reason, String clientId, String requestId, String clientAddress) {
    }

    /** A page, newest first; {@code next} is the {@code before} of the next page (null: no more). */
    public record Page(List<Entry> entries, String next) {
    }

    private final AgroalDataSource dataSource;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final AuditStore store = new AuditStore();

    AccessLogResource(AgroalDataSource dataSource, PatientAccess access, CurrentUser currentUser, AuditTrail audit) {
        this.dataSource = dataSource;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Who read or changed a patient's records in this service",
            description = "The patient's own, a patient in the caring therapist's care (with admins' break-glass"
                    + " reasons), or any patient's for an admin (with refused attempts and client addresses); newest"
                    + " first, at most 100 a page; from/to are dates (UTC), to inclusive.")
    @Transactional
    public Page accessLog(@PathParam("patientId") UUID patientId, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("before") String before,
                          @QueryParam("limit") Integer limit) {
        int size = limit == null ? MAX_PAGE : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_PAGE);
        }
        Instant start = date("from", from, Instant.EPOCH);
        Instant end = date("to", to, null);
        Long beforeId = cursor(before);
        access.checkCanReadAccessLog(patientId);
        boolean admin = currentUser.isAdmin();
        List<AuditRecord> records;
        try (Connection connection = dataSource.getConnection()) {
            records = store.ofPatient(connection, patientId, start, end == null ? Instant.now().plusSeconds(1) : end,
                    beforeId, admin, size + 1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
        audit.read("AccessLog", patientId, patientId);
        List<Entry> entries = records.stream().limit(size).map(r -> new Entry(r.id(), r.occurredAt(), r.actorId(),
                r.actorRole(), r.action(), r.resourceType(), r.resourceId(), r.reason(), r.clientId(), r.requestId(),
                admin ? r.clientAddress() : null)).toList();
        String next = records.size() > size ? Long.toString(entries.get(entries.size() - 1).id()) : null;
        return new Page(entries, next);
    }

    private static Instant date(String field, String value, Instant absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            // "to" is inclusive: the whole day
            return (field.equals("to") ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date like 2026-12-31");
        }
    }

    private static Long cursor(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(before);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("before", "must be the next value of a previous page");
        }
    }
}
