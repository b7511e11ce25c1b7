package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.progress.domain.ClinicSummary;
import org.telerehab.progress.repository.CareRelationRepository;
import org.telerehab.progress.repository.EpisodeRepository;

import java.util.List;
import java.util.UUID;

/**
 * The clinic's results ({@link ClinicSummary}): for an admin every patient's episodes, for a therapist their
 * caseload's.
 */
@ApplicationScoped
public class OutcomesSummaryService {

    private final EpisodeRepository episodes;
    private final CareRelationRepository care;
    private final AuditTrail audit;

    OutcomesSummaryService(EpisodeRepository episodes, CareRelationRepository care, AuditTrail audit) {
        this.episodes = episodes;
        this.care = care;
        this.audit = audit;
    }

    @Transactional
    public ClinicSummary ofClinic() {
        return summaryOf(episodes.screenedPatients());
    }

    @Transactional
    public ClinicSummary ofCaseload(UUID therapistId) {
        return summaryOf(care.patientsOf(therapistId).stream().map(r -> r.patientId).toList());
    }

    /** Each patient's records went into the figures: each is an audited read, as for the caseload. */
    private ClinicSummary summaryOf(List<UUID> patients) {
        ClinicSummary summary = ClinicSummary.of(episodes.episodesOf(patients));
        audit.readEach("OutcomesSummary", patients);
        return summary;
    }
}
