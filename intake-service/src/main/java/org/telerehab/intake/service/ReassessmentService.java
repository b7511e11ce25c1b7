package org.telerehab.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.events.clinical.Episodes;
import org.telerehab.events.clinical.PatientDays;
import org.telerehab.events.clinical.ReassessmentSchedule;
import org.telerehab.intake.domain.ActivePlan;
import org.telerehab.intake.domain.Reassessment;
import org.telerehab.intake.domain.ReassessmentAnswers;
import org.telerehab.intake.domain.Screening;
import org.telerehab.intake.repository.EpisodeRepository;
import org.telerehab.intake.repository.ReassessmentRepository;
import org.telerehab.intake.repository.ScreeningRepository;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Re-assessments over an episode of care: measured against its first screening, announced, and when due. */
@ApplicationScoped
public class ReassessmentService {

    private static final String RESOURCE = "Reassessment";

    private final ReassessmentRepository reassessments;
    private final ScreeningRepository screenings;
    private final EpisodeRepository episodes;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final PatientAccess access;
    private final Clock clock;

    ReassessmentService(ReassessmentRepository reassessments, ScreeningRepository screenings,
                        EpisodeRepository episodes, EventOutbox outbox, AuditTrail audit, PatientAccess access,
                        Clock clock) {
        this.reassessments = reassessments;
        this.screenings = screenings;
        this.episodes = episodes;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Scores the answers against the first screening of the patient's running episode, stores the re-assessment and
     * announces it, in one transaction. Without a screening, or after a discharge, there is no episode to measure.
     */
    @Transactional
    public Reassessment submit(UUID patientId, ReassessmentAnswers answers) {
        Screening baseline = baselineOfRunningEpisode(patientId);
        Reassessment r = Reassessment.completed(patientId, clock.instant(), answers, baseline);
        reassessments.persist(r);
        outbox.publish(new ReassessmentCompleted(UUID.randomUUID(), r.submittedAt, patientId, r.id,
                r.baselineScreeningId, answers.painAverageWeek(), r.odiPercent, r.startBackTotal, r.risk, r.painPoints,
                r.odiPoints, r.painMcid, r.odiMcid, r.startBackPsychosocial));
        audit.record("CREATE", RESOURCE, r.id, patientId);
        return r;
    }

    @Transactional
    public List<Reassessment> listFor(UUID patientId) {
        access.checkCanRead(patientId, "Patient");
        List<Reassessment> list = reassessments.newestFirstFor(patientId);
        audit.read("ReassessmentList", patientId, patientId);
        return list;
    }

    /** The re-assessment due now on the patient's current plan, if any, counted in the patient's own days. */
    @Transactional
    public Optional<ReassessmentSchedule.Due> dueFor(UUID patientId) {
        access.checkCanRead(patientId, "Patient");
        audit.read("ReassessmentDue", patientId, patientId);
        Optional<ActivePlan> plan = episodes.planOf(patientId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        PatientDays days = episodes.daysOf(patientId);
        LocalDate lastDone = reassessments.latestFor(patientId).map(r -> days.dayOf(r.submittedAt)).orElse(null);
        return ReassessmentSchedule.dueOn(plan.get().startDate, plan.get().reassessmentWeeks,
                days.dayOf(clock.instant()), lastDone);
    }

    private Screening baselineOfRunningEpisode(UUID patientId) {
        List<Screening> all = screenings.newestFirstFor(patientId);
        Episodes.Current episode = Episodes.current(all.stream().map(s -> s.submittedAt).toList(),
                        episodes.dischargesOf(patientId))
                .orElseThrow(() -> ProblemException.conflict("screening-required",
                        "A re-assessment is measured against a screening: please complete the screening first"));
        if (!episode.isOpen()) {
            throw ProblemException.conflict("episode-ended",
                    "Your episode of care has ended; a new screening starts the next one");
        }
        return all.stream().filter(s -> s.submittedAt.equals(episode.baselineAt()))
                .min(Comparator.comparing(s -> s.id)).orElseThrow();
    }
}
