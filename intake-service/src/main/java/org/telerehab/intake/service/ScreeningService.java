package org.telerehab.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.intake.domain.Screening;
import org.telerehab.intake.domain.ScreeningAnswers;
import org.telerehab.intake.repository.ScreeningRepository;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ScreeningService {

    private static final String RESOURCE = "Screening";

    private final ScreeningRepository screenings;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final PatientAccess access;
    private final Clock clock;

    ScreeningService(ScreeningRepository screenings, EventOutbox outbox, AuditTrail audit, PatientAccess access,
                     Clock clock) {
        this.screenings = screenings;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** Scores and triages the answers, stores the screening and announces it, all in one transaction. */
    @Transactional
    public Screening submit(UUID patientId, ScreeningAnswers answers) {
        Screening screening = Screening.completed(patientId, clock.instant(), answers);
        screenings.persist(screening);
        outbox.publish(new ScreeningCompleted(UUID.randomUUID(), screening.submittedAt, patientId, screening.id,
                screening.disposition, screening.painTypes, screening.risk, screening.baselinePain,
                screening.chronicity, screening.redFlags, screening.odiPercent, screening.startBackTotal,
                screening.startBackPsychosocial));
        audit.record("CREATE", RESOURCE, screening.id, patientId);
        return screening;
    }

    /** A screening the caller may read, audited; 404 when it does not exist or is another patient's. */
    @Transactional
    public Screening read(UUID screeningId, String exportedAs) {
        Screening screening = screenings.findByIdOptional(screeningId)
                .orElseThrow(() -> ProblemException.notFound(RESOURCE));
        access.checkCanRead(screening.patientId, RESOURCE);
        audit.read(exportedAs, screening.id, screening.patientId);
        return screening;
    }

    @Transactional
    public List<Screening> listFor(UUID patientId) {
        access.checkCanRead(patientId, "Patient");
        List<Screening> list = screenings.newestFirstFor(patientId);
        audit.read("ScreeningList", patientId, patientId);
        return list;
    }
}
