package org.telerehab.progress.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.progress.domain.CheckIn;
import org.telerehab.progress.domain.SessionLog;
import org.telerehab.progress.service.LoggingService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a patient logs (sessions, check-ins) and what the answer says back (alerts raised, advice). */
public final class LogDto {

    private LogDto() {
    }

    public record ExerciseDone(@NotNull UUID exerciseId,
                               @NotNull @Min(0) @Max(50) Integer setsDone,
                               @NotNull @Min(0) @Max(500) Integer repsDone) {
    }

    public record SessionRequest(@NotNull UUID planId,
                                 @NotNull Instant performedAt,
                                 @NotEmpty @Size(max = 60) List<@NotNull @Valid ExerciseDone> exercises,
                                 @NotNull @Min(0) @Max(10) Integer painBefore,
                                 @NotNull @Min(0) @Max(10) Integer painAfter,
                                 @NotNull @Min(0) @Max(10) Integer perceivedIntensity,
                                 @Size(max = 2000) String notes,
                                 UUID clientRequestId) {

        LoggingService.SessionDraft toDraft() {
            return new LoggingService.SessionDraft(planId, performedAt, exercises.stream()
                    .map(e -> new SessionLog.ExerciseDone(e.exerciseId(), e.setsDone(), e.repsDone())).toList(),
                    painBefore, painAfter, perceivedIntensity, notes, clientRequestId);
        }
    }

    public record SessionResponse(UUID id, UUID patientId, UUID planId, Instant performedAt,
                                  List<SessionLog.ExerciseDone> exercises, int painBefore, int painAfter,
                                  int perceivedIntensity, String notes, List<AlertType> alertsRaised) {

        static SessionResponse of(LoggingService.Logged<SessionLog> logged) {
            SessionLog s = logged.log();
            return new SessionResponse(s.id, s.patientId, s.planId, s.performedAt, s.exercises, s.painBefore,
                    s.painAfter, s.perceivedIntensity, s.notes, logged.alertsRaised());
        }
    }

    public record CheckInRequest(@NotNull LocalDate date,
                                 @NotNull @Min(0) @Max(10) Integer pain,
                                 @NotNull List<@NotNull RedFlag> redFlags,
                                 @Size(max = 2000) String notes,
                                 UUID clientRequestId) {

        LoggingService.CheckInDraft toDraft() {
            return new LoggingService.CheckInDraft(date, pain, redFlags, notes, clientRequestId);
        }
    }

    public record CheckInResponse(UUID id, UUID patientId, LocalDate date, int pain, List<RedFlag> redFlags,
                                  String notes, List<AlertType> alertsRaised, List<String> advice) {

        static CheckInResponse of(LoggingService.Logged<CheckIn> logged) {
            CheckIn c = logged.log();
            return new CheckInResponse(c.id, c.patientId, c.date, c.pain, c.redFlags, c.notes, logged.alertsRaised(),
                    logged.advice());
        }
    }

    /** A session as the patient logged it, in their history. */
    public record SessionEntry(UUID id, UUID planId, Instant performedAt, List<SessionLog.ExerciseDone> exercises,
                               int painBefore, int painAfter, int perceivedIntensity, String notes) {

        static SessionEntry of(SessionLog s) {
            return new SessionEntry(s.id, s.planId, s.performedAt, s.exercises, s.painBefore, s.painAfter,
                    s.perceivedIntensity, s.notes);
        }
    }

    /** A check-in as the patient logged it, in their history. */
    public record CheckInEntry(UUID id, LocalDate date, int pain, List<RedFlag> redFlags, String notes,
                               Instant loggedAt) {

        static CheckInEntry of(CheckIn c) {
            return new CheckInEntry(c.id, c.date, c.pain, c.redFlags, c.notes, c.createdAt);
        }
    }
}
