package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.telerehab.progress.domain.CheckIn;
import org.telerehab.progress.domain.SessionLog;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Pain readings (check-ins and session painBefore) as FHIR R4 Observations, LOINC 72514-3, in a collection Bundle. */
@ApplicationScoped
public class PainObservationsMapper {

    static final String LOINC = "http://loinc.org";
    static final String PAIN_SEVERITY = "72514-3";

    public Bundle toBundle(UUID patientId, List<CheckIn> checkIns, List<SessionLog> sessions) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setId(UUID.nameUUIDFromBytes(("pain-" + patientId).getBytes()).toString());
        for (CheckIn c : checkIns) {
            bundle.addEntry().setFullUrl("urn:uuid:" + c.id).setResource(observation(c.id, patientId,
                    Date.from(c.date.atStartOfDay(ZoneOffset.UTC).toInstant()), c.pain, "Daily check-in"));
        }
        for (SessionLog s : sessions) {
            bundle.addEntry().setFullUrl("urn:uuid:" + s.id).setResource(observation(s.id, patientId,
                    Date.from(s.performedAt), s.painBefore, "Before an exercise session"));
        }
        return bundle;
    }

    private static Observation observation(UUID id, UUID patientId, Date when, int pain, String context) {
        Observation o = new Observation();
        o.setId(id.toString());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
        o.setCode(new CodeableConcept(new Coding(LOINC, PAIN_SEVERITY,
                "Pain severity - 0-10 verbal numeric rating [Score] - Reported")));
        o.setSubject(new Reference("Patient/" + patientId));
        o.setEffective(new DateTimeType(when));
        o.setValue(new Quantity().setValue(pain).setUnit("{score}").setSystem("http://unitsofmeasure.org")
                .setCode("{score}"));
        o.addNote().setText(context);
        return o;
    }
}
