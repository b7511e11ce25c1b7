package org.telerehab.program.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.program.domain.RedFlagReport;
import org.telerehab.program.domain.RedFlagSource;
import org.telerehab.program.service.RedFlagService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Red-flag reports, the clearance that closes them, and the admins' escalations. */
public final class RedFlagDto {

    private RedFlagDto() {
    }

    /** One report as the contract shows it, with when a clinician acknowledged it and whether it was escalated. */
    public record Report(UUID id, List<RedFlag> flags, RedFlag.Severity severity, RedFlagSource source,
                         Instant reportedAt, RedFlagReport.State state, UUID clearedBy, Instant clearedAt,
                         UUID acknowledgedBy, Instant acknowledgedAt, Instant escalatedAt) {

        static Report of(RedFlagReport r) {
            return new Report(r.id, r.flags, r.severity, r.source, r.reportedAt, r.state(), r.clearedBy, r.clearedAt,
                    r.acknowledgedBy, r.acknowledgedAt, r.escalatedAt);
        }
    }

    public record ClearanceRequest(@NotBlank @Size(max = 2000) String note) {
    }

    /** @param reportIds the reports this clearance closed */
    public record ClearanceResponse(UUID patientId, UUID screeningId, UUID clearedBy, Instant clearedAt, String note,
                                    List<UUID> reportIds) {

        static ClearanceResponse of(RedFlagService.ClearanceResult result) {
            var c = result.clearance();
            return new ClearanceResponse(c.patientId, result.screeningId(), c.therapistId, c.clearedAt, c.note,
                    result.reportIds());
        }
    }

    /** An open emergency nobody acted on in time, for the clinic's admins. */
    public record Escalated(UUID patientId, Report report) {

        static Escalated of(RedFlagReport r) {
            return new Escalated(r.patientId, Report.of(r));
        }
    }
}
