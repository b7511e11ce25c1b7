package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityKind;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.Exercise;
import org.telerehab.program.domain.PlanStatus;

import java.time.ZoneOffset;
import java.util.Date;

/** A plan as a FHIR R4 CarePlan: one ServiceRequest-style activity per exercise, coded SNOMED 229065009. */
@ApplicationScoped
public class CarePlanFhirMapper {

    static final String SNOMED = "http://snomed.info/sct";
    static final String EXERCISE_THERAPY = "229065009";
    static final String EXERCISE_CODES = "https://telerehab.org/fhir/CodeSystem/exercise";

    public org.hl7.fhir.r4.model.CarePlan toFhir(PlanService.PlanView view) {
        CarePlan plan = view.plan();
        var fhir = new org.hl7.fhir.r4.model.CarePlan();
        fhir.setId(plan.id.toString());
        fhir.setStatus(plan.status == PlanStatus.PAUSED ? CarePlanStatus.ONHOLD : CarePlanStatus.ACTIVE);
        fhir.setIntent(CarePlanIntent.PLAN);
        fhir.setTitle("Movement-retraining plan, version " + plan.version);
        fhir.setSubject(new Reference("Patient/" + plan.patientId));
        fhir.setAuthor(new Reference("Practitioner/" + plan.therapistId));
        fhir.setCreatedElement(new DateTimeType(Date.from(plan.createdAt)));
        fhir.setPeriod(new Period().setStart(Date.from(plan.startDate.atStartOfDay().toInstant(ZoneOffset.UTC))));
        fhir.addCategory(new CodeableConcept(new Coding(SNOMED, EXERCISE_THERAPY, "Exercise therapy")));

        for (CarePlan.Item item : plan.items) {
            Exercise exercise = view.exercises().get(item.exerciseId());
            String name = exercise == null ? "Exercise " + item.exerciseId() : exercise.name;
            CodeableConcept code = new CodeableConcept(new Coding(SNOMED, EXERCISE_THERAPY, "Exercise therapy"))
                    .addCoding(new Coding(EXERCISE_CODES, item.exerciseId() + "|" + item.exerciseVersion(), name))
                    .setText(name);
            Timing timing = new Timing();
            timing.getRepeat().setFrequency(plan.sessionsPerWeek).setPeriod(1)
                    .setPeriodUnit(Timing.UnitsOfTime.WK);
            CarePlanActivityDetailComponent detail = new CarePlanActivityDetailComponent()
                    .setKind(CarePlanActivityKind.SERVICEREQUEST)
                    .setCode(code)
                    .setStatus(plan.status == PlanStatus.PAUSED ? CarePlanActivityStatus.ONHOLD
                            : CarePlanActivityStatus.INPROGRESS)
                    .setScheduled(timing)
                    .setDescription(dose(item));
            fhir.addActivity(new CarePlanActivityComponent().setDetail(detail));
        }
        return fhir;
    }

    private static String dose(CarePlan.Item item) {
        StringBuilder dose = new StringBuilder().append(item.sets()).append(" x ").append(item.reps()).append(" reps");
        if (item.holdSeconds() > 0) {
            dose.append(", hold ").append(item.holdSeconds()).append(" s");
        }
        dose.append(", intensity at most ").append(item.intensityCap()).append("/10");
        if (item.notWithinMinutesOfWaking() != null) {
            dose.append(", not within ").append(item.notWithinMinutesOfWaking()).append(" min of waking");
        }
        return dose.toString();
    }
}
