package org.telerehab.progress.rest;

import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.progress.domain.Alert;
import org.telerehab.progress.domain.DailyPain;
import org.telerehab.progress.domain.Episode;
import org.telerehab.progress.domain.PracticeWeek;
import org.telerehab.progress.domain.Reassessment;
import org.telerehab.progress.domain.Screening;
import org.telerehab.progress.service.OutcomesService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The contract's outcomes of the current episode: its baseline, the daily pain series since it, each re-assessment's
 * change, its practice week by week against the plan's {@code sessionsPerWeek} (null before any plan), and
 * the alerts raised during it (for the discharge summary). {@code baseline} is null before the first screening;
 * {@code dischargedAt} is null while the episode runs.
 */
public record OutcomesDto(BaselineDto baseline, Instant dischargedAt, List<PainDto> pain,
                          List<ReassessmentDto> reassessments, List<PracticeWeek> practice, Integer sessionsPerWeek,
                          List<AlertDto> alerts) {

    /** An alert raised during the episode, and when the therapist resolved it (null while open). */
    public record AlertDto(AlertType type, Instant raisedAt, String detail, Instant resolvedAt) {
        static AlertDto of(Alert a) {
            return new AlertDto(a.type, a.raisedAt, a.detail, a.resolvedAt);
        }
    }

    public record BaselineDto(int pain, Integer odiPercent, Integer startBackTotal, RiskLevel risk, Instant at) {
        static BaselineDto of(Screening s) {
            return new BaselineDto(s.pain, s.odiPercent, s.startBackTotal, s.risk, s.screenedAt);
        }
    }

    public record PainDto(LocalDate date, double value) {
        static PainDto of(DailyPain p) {
            return new PainDto(p.date(), p.value());
        }
    }

    public record ReassessmentDto(Instant at, int painAverageWeek, Integer odiPercent, int startBackTotal,
                                  RiskLevel risk, int painPoints, Integer odiPoints, boolean painMcid,
                                  Boolean odiMcid) {
        static ReassessmentDto of(Reassessment r) {
            return new ReassessmentDto(r.submittedAt, r.painAverageWeek, r.odiPercent, r.startBackTotal, r.risk,
                    r.painPoints, r.odiPoints, r.painMcid, r.odiMcid);
        }
    }

    static OutcomesDto of(OutcomesService.Outcomes o) {
        return new OutcomesDto(o.episode().map(Episode::baseline).map(BaselineDto::of).orElse(null),
                o.episode().map(Episode::dischargedAt).orElse(null),
                o.pain().stream().map(PainDto::of).toList(),
                o.reassessments().stream().map(ReassessmentDto::of).toList(), o.practice(), o.sessionsPerWeek(),
                o.alerts().stream().map(AlertDto::of).toList());
    }
}
