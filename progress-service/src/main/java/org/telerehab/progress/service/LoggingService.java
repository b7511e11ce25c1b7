package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.CheckInLogged;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.SessionLogged;
import org.telerehab.events.clinical.PatientDays;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.Problem;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.progress.domain.AlertDetail;
import org.telerehab.progress.domain.AlertRules;
import org.telerehab.progress.domain.CheckIn;
import org.telerehab.progress.domain.CheckInFacts;
import org.telerehab.progress.domain.DailyRollup;
import org.telerehab.progress.domain.PatientProgress;
import org.telerehab.progress.domain.RedFlagAdvice;
import org.telerehab.progress.domain.SessionFacts;
import org.telerehab.progress.domain.SessionLog;
import org.telerehab.progress.repository.CheckInRepository;
import org.telerehab.progress.repository.DailyRollupRepository;
import org.telerehab.progress.repository.PatientProgressRepository;
import org.telerehab.progress.repository.SessionLogRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sessions and check-ins: each log, its projections and any alert it raises are written in one transaction, so
 * progress never disagrees with the logs behind it.
 */
@ApplicationScoped
public class LoggingService {

    public record SessionDraft(UUID planId, Instant performedAt, List<SessionLog.ExerciseDone> exercises,
                               int painBefore, int painAfter, int perceivedIntensity, String notes,
                               UUID clientRequestId) {
    }

    public record CheckInDraft(LocalDate date, int pain, List<RedFlag> redFlags, String notes, UUID clientRequestId) {
    }

    /** What the patient is told back: the alerts the log raised and, for a red flag, what to do now. */
    public record Logged<T>(T log, List<AlertType> alertsRaised, List<String> advice) {
    }

    private final SessionLogRepository sessions;
    private final CheckInRepository checkIns;
    private final PatientProgressRepository progress;
    private final DailyRollupRepository rollups;
    private final AlertService alerts;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    LoggingService(SessionLogRepository sessions, CheckInRepository checkIns, PatientProgressRepository progress,
                   DailyRollupRepository rollups, AlertService alerts, EventOutbox outbox, AuditTrail audit,
                   Clock clock) {
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.progress = progress;
        this.rollups = rollups;
        this.alerts = alerts;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Logged<SessionLog> logSession(UUID patientId, SessionDraft draft) {
        if (draft.clientRequestId() != null) {
            rejectDuplicate(sessions.byClientRequest(patientId, draft.clientRequestId()));
        }
        PatientProgress summary = progress.progressOf(patientId);
        PatientDays days = summary.days();
        checkDay("performedAt", days.dayOf(draft.performedAt()), days);
        if (!summary.hasActivePlan() || !draft.planId().equals(summary.planId)) {
            throw ProblemException.invalid("planId", summary.planId != null && draft.planId().equals(summary.planId)
                    ? "this plan is paused: please follow your therapist's advice before exercising again"
                    : "is not your active plan");
        }
        List<Problem.FieldError> notInPlan = new ArrayList<>();
        for (int i = 0; i < draft.exercises().size(); i++) {
            if (!summary.planExercises().contains(draft.exercises().get(i).exerciseId())) {
                notInPlan.add(new Problem.FieldError("exercises[" + i + "].exerciseId", "is not in your plan"));
            }
        }
        if (!notInPlan.isEmpty()) {
            throw new ProblemException(new Problem("validation", "Invalid request", 422,
                    "The session names exercises that are not in the plan", notInPlan));
        }

        SessionLog log = new SessionLog();
        log.id = UUID.randomUUID();
        log.patientId = patientId;
        log.planId = draft.planId();
        log.performedAt = draft.performedAt();
        log.exercises = List.copyOf(draft.exercises());
        log.painBefore = draft.painBefore();
        log.painAfter = draft.painAfter();
        log.perceivedIntensity = draft.perceivedIntensity();
        log.notes = draft.notes();
        log.clientRequestId = draft.clientRequestId();
        log.createdAt = clock.instant();
        sessions.add(log);
        SessionFacts facts = SessionFacts.of(days, log.performedAt, log.painBefore, log.painAfter,
                log.perceivedIntensity);
        rollups.addToDay(patientId, DailyRollup.ofSession(facts.day(), log.painBefore, log.perceivedIntensity));
        progress.countSession(patientId, log.performedAt, log.painBefore);

        List<AlertType> raised = new ArrayList<>();
        for (AlertType type : AlertRules.onSession(facts, summary.baselinePain)) {
            String detail = switch (type) {
                case FLARE -> AlertDetail.flare(facts.painReading(), summary.baselinePain);
                case PAIN_AFTER_SESSION -> AlertDetail.painAfterSession(facts);
                case TOO_HARD -> AlertDetail.tooHard(facts);
                default -> throw new IllegalStateException("a session does not raise " + type);
            };
            if (type == AlertType.FLARE) {
                progress.recordFlareDay(patientId, facts.day());
            }
            raiseIf(raised, patientId, type, detail, List.of());
        }
        audit.record("CREATE", "SessionLog", log.id, patientId);
        outbox.publish(new SessionLogged(UUID.randomUUID(), log.createdAt, patientId, log.id));
        return new Logged<>(log, raised, List.of());
    }

    @Transactional
    public Logged<CheckIn> checkIn(UUID patientId, CheckInDraft draft) {
        if (draft.clientRequestId() != null) {
            rejectDuplicate(checkIns.byClientRequest(patientId, draft.clientRequestId()));
        }
        PatientProgress summary = progress.progressOf(patientId);
        PatientDays days = summary.days();
        checkDay("date", draft.date(), days);

        CheckIn checkIn = new CheckIn();
        checkIn.id = UUID.randomUUID();
        checkIn.patientId = patientId;
        checkIn.date = draft.date();
        checkIn.pain = draft.pain();
        checkIn.redFlags = draft.redFlags().stream().distinct().sorted().toList();
        checkIn.notes = draft.notes();
        checkIn.clientRequestId = draft.clientRequestId();
        checkIn.createdAt = clock.instant();
        checkIns.add(checkIn);
        rollups.addToDay(patientId, DailyRollup.ofCheckIn(checkIn.date, checkIn.pain));
        outbox.publish(new CheckInLogged(UUID.randomUUID(), checkIn.createdAt, patientId, checkIn.id));
        progress.recordCheckInPain(patientId, days, checkIn.date, checkIn.pain, checkIn.createdAt);

        CheckInFacts facts = CheckInFacts.of(checkIn.date, checkIn.pain, checkIn.redFlags);
        List<String> advice = List.of();
        if (!checkIn.redFlags.isEmpty()) {
            // every report counts, even while an alert for an earlier one is open: program-service keeps it open
            // until a clearance, and an emergency pauses whatever plan is running there
            RedFlag.Severity severity = RedFlag.severityOf(checkIn.redFlags).orElseThrow();
            outbox.publish(new RedFlagReported(UUID.randomUUID(), checkIn.createdAt, patientId, checkIn.id, severity,
                    checkIn.redFlags));
            if (severity == RedFlag.Severity.EMERGENCY) {
                progress.pauseCurrentPlan(patientId); // no session until a clinician acts, without waiting for PlanPaused
                advice = RedFlagAdvice.EMERGENCY;
            } else {
                advice = RedFlagAdvice.REVIEW;
            }
        }
        List<AlertType> raised = new ArrayList<>();
        for (AlertType type : AlertRules.onCheckIn(facts, summary.baselinePain)) {
            switch (type) {
                case RED_FLAG_SYMPTOM -> raiseIf(raised, patientId, type, AlertDetail.redFlagSymptom(facts),
                        facts.emergencyFlags());
                case REVIEW_FLAG_SYMPTOM -> raiseIf(raised, patientId, type, AlertDetail.reviewFlagSymptom(facts),
                        List.copyOf(facts.redFlags()));
                case FLARE -> {
                    progress.recordFlareDay(patientId, checkIn.date);
                    raiseIf(raised, patientId, type, AlertDetail.flare(facts.painReading(), summary.baselinePain),
                            List.of());
                }
                default -> throw new IllegalStateException("a check-in does not raise " + type);
            }
        }
        audit.record("CREATE", "CheckIn", checkIn.id, patientId);
        return new Logged<>(checkIn, raised, advice);
    }

    private void raiseIf(List<AlertType> raised, UUID patientId, AlertType type, String detail, List<RedFlag> flags) {
        if (alerts.raise(patientId, type, detail, flags)) {
            raised.add(type);
        }
    }

    /**
     * Logs may be back-dated up to a year (a diary typed in late), but not dated beyond the patient's tomorrow (a
     * device whose clock or zone is a little off is not refused).
     */
    private void checkDay(String field, LocalDate day, PatientDays days) {
        LocalDate today = days.dayOf(clock.instant());
        if (day.isAfter(today.plusDays(1))) {
            throw ProblemException.invalid(field, "must not be later than " + today.plusDays(1));
        }
        if (day.isBefore(today.minusYears(1))) {
            throw ProblemException.invalid(field, "must not be earlier than " + today.minusYears(1));
        }
    }

    /** A log with no clientRequestId is never a repeat, so only one with an id is looked up (one query less). */
    private static void rejectDuplicate(java.util.Optional<?> existing) {
        if (existing.isPresent()) {
            throw ProblemException.conflict("duplicate-request",
                    "A log with this clientRequestId was already recorded; nothing new was written");
        }
    }

}
