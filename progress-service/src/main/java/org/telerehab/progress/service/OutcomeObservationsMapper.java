package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.progress.domain.Reassessment;
import org.telerehab.progress.domain.Screening;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An episode's outcomes as FHIR R4 Observations coded with LOINC, in a collection Bundle: for the baseline screening
 * and each re-assessment, the pain (NPRS 72514-3), the STarT Back panel (91349-1: total 91351-7, psychosocial
 * subscore 91350-9, risk 91352-5) and the Oswestry panel (97908-8: score 97909-6), each derived from the
 * questionnaire response intake-service holds (its id is the screening's or the re-assessment's).
 */
@ApplicationScoped
public class OutcomeObservationsMapper {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String RISK_SYSTEM = "https://telerehab.org/fhir/CodeSystem/start-back-risk";

    /** One measurement: when, from which questionnaire response, and its scores (null where not measured). */
    private record Measured(UUID responseId, Instant at, int pain, Integer startBackTotal, Integer psychosocial,
                            RiskLevel risk, Integer odiPercent) {
    }

    public Bundle toBundle(UUID patientId, Screening baseline, List<Reassessment> reassessments) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setId(UUID.nameUUIDFromBytes(("outcomes-" + patientId).getBytes()).toString());
        if (baseline == null) {
            return bundle;
        }
        add(bundle, patientId, new Measured(baseline.screeningId, baseline.screenedAt, baseline.pain,
                baseline.startBackTotal, baseline.startBackPsychosocial, baseline.risk, baseline.odiPercent));
        for (Reassessment r : reassessments) {
            add(bundle, patientId, new Measured(r.reassessmentId, r.submittedAt, r.painAverageWeek, r.startBackTotal,
                    r.startBackPsychosocial, r.risk, r.odiPercent));
        }
        return bundle;
    }

    private void add(Bundle bundle, UUID patientId, Measured m) {
        entry(bundle, observation(m, patientId, "72514-3",
                "Pain severity - 0-10 verbal numeric rating [Score] - Reported", score(m.pain())));
        if (m.startBackTotal() != null) {
            Observation panel = observation(m, patientId, "91349-1", "STarT Back Screening Tool panel", null);
            member(bundle, panel, observation(m, patientId, "91351-7", "Total score [STarT Back]",
                    score(m.startBackTotal())));
            if (m.psychosocial() != null) {
                member(bundle, panel, observation(m, patientId, "91350-9", "Psychosocial subscore [STarT Back]",
                        score(m.psychosocial())));
            }
            if (m.risk() != null) {
                member(bundle, panel, observation(m, patientId, "91352-5", "Risk category [STarT Back]",
                        new CodeableConcept(new Coding(RISK_SYSTEM, m.risk().name(),
                                m.risk().name().charAt(0) + m.risk().name().substring(1).toLowerCase(Locale.ROOT)
                                        + " risk"))));
            }
            entry(bundle, panel);
        }
        if (m.odiPercent() != null) {
            Observation panel = observation(m, patientId, "97908-8", "Oswestry Disability Index panel", null);
            member(bundle, panel, observation(m, patientId, "97909-6", "Oswestry Disability Index score",
                    new Quantity().setValue(m.odiPercent()).setUnit("%").setSystem(UCUM).setCode("%")));
            entry(bundle, panel);
        }
    }

    private static Quantity score(int value) {
        return new Quantity().setValue(value).setUnit("{score}").setSystem(UCUM).setCode("{score}");
    }

    private static Observation observation(Measured m, UUID patientId, String loinc, String display, Type value) {
        Observation o = new Observation();
        o.setId(UUID.nameUUIDFromBytes((m.responseId() + "-" + loinc).getBytes()).toString());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
        o.setCode(new CodeableConcept(new Coding(LOINC, loinc, display)));
        o.setSubject(new Reference("Patient/" + patientId));
        o.setEffective(new DateTimeType(Date.from(m.at())));
        o.addDerivedFrom(new Reference("QuestionnaireResponse/" + m.responseId()));
        if (value != null) {
            o.setValue(value);
        }
        return o;
    }

    private static void member(Bundle bundle, Observation panel, Observation member) {
        panel.addHasMember(new Reference("urn:uuid:" + member.getIdPart()));
        entry(bundle, member);
    }

    private static void entry(Bundle bundle, Observation o) {
        bundle.addEntry().setFullUrl("urn:uuid:" + o.getIdPart()).setResource(o);
    }
}
