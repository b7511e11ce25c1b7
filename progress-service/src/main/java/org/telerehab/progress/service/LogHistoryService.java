package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.clinical.PatientDays;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.progress.domain.CheckIn;
import org.telerehab.progress.domain.SessionLog;
import org.telerehab.progress.repository.CheckInRepository;
import org.telerehab.progress.repository.PatientProgressRepository;
import org.telerehab.progress.repository.SessionLogRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The patient's logs as written (notes, pain after, exercises done), for the patient and their caring therapist:
 * newest first, between two of the patient's days (paged by the kit's list paging), audited.
 */
@ApplicationScoped
public class LogHistoryService {

    /** The days asked when none are: every log (none can be older or later). */
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 30);

    private final SessionLogRepository sessions;
    private final CheckInRepository checkIns;
    private final PatientProgressRepository progress;
    private final PatientAccess access;
    private final AuditTrail audit;

    LogHistoryService(SessionLogRepository sessions, CheckInRepository checkIns, PatientProgressRepository progress,
                      PatientAccess access, AuditTrail audit) {
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.progress = progress;
        this.access = access;
        this.audit = audit;
    }

    /** Sessions performed on the patient's days {@code from} to {@code to} (inclusive; either may be absent). */
    @Transactional
    public List<SessionLog> sessionsOf(UUID patientId, LocalDate from, LocalDate to) {
        access.checkCanRead(patientId, "SessionList");
        PatientDays days = progress.progressOf(patientId).days();
        LocalDate first = first(from);
        LocalDate last = last(first, to);
        List<SessionLog> list = sessions.newestFirst(patientId, days.startOf(first), days.startOf(last.plusDays(1)));
        audit.read("SessionList", patientId, patientId);
        return list;
    }

    /** Check-ins dated {@code from} to {@code to} (inclusive; either may be absent). */
    @Transactional
    public List<CheckIn> checkInsOf(UUID patientId, LocalDate from, LocalDate to) {
        access.checkCanRead(patientId, "CheckInList");
        LocalDate first = first(from);
        List<CheckIn> list = checkIns.newestFirst(patientId, first, last(first, to));
        audit.read("CheckInList", patientId, patientId);
        return list;
    }

    private static LocalDate first(LocalDate from) {
        return from == null || from.isBefore(FIRST_DAY) ? FIRST_DAY : from;
    }

    private static LocalDate last(LocalDate first, LocalDate to) {
        if (to != null && to.isBefore(first)) {
            throw ProblemException.invalid("to", "must not be before from (" + first + ")");
        }
        return to == null || to.isAfter(LAST_DAY) ? LAST_DAY : to;
    }
}
