package org.telerehab.intake.rest;

import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.intake.domain.OdiBand;
import org.telerehab.intake.domain.Screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A screening as the contract shows it. */
public record ScreeningResponse(
        UUID id,
        UUID patientId,
        Instant submittedAt,
        Disposition disposition,
        List<Region> painTypes,
        Chronicity chronicity,
        int baselinePain,
        StartBack startBack,
        Odi odi,
        List<RedFlag> redFlags,
        List<String> advice) {

    public record StartBack(int total, int psychosocial, RiskLevel risk) {
    }

    /** percent and band are null when fewer than 8 of the 10 sections were answered. */
    public record Odi(Integer percent, OdiBand band, int sectionsAnswered) {
    }

    static ScreeningResponse of(Screening s) {
        return new ScreeningResponse(s.id, s.patientId, s.submittedAt, s.disposition, s.painTypes, s.chronicity,
                s.baselinePain, new StartBack(s.startBackTotal, s.startBackPsychosocial, s.risk),
                s.odiSectionsAnswered == null ? null : new Odi(s.odiPercent, s.odiBand, s.odiSectionsAnswered), s.redFlags, s.advice);
    }
}
