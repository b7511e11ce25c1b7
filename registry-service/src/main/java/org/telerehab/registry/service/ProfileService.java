package org.telerehab.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientPreferencesChanged;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.registry.domain.Patient;
import org.telerehab.registry.domain.PatientDetails;
import org.telerehab.registry.domain.PatientEdit;
import org.telerehab.registry.domain.Therapist;
import org.telerehab.registry.repository.CareRelationRepository;
import org.telerehab.registry.repository.PatientRepository;
import org.telerehab.registry.repository.TherapistRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Reading, searching and changing profiles; every read of a patient's profile is in the audit trail. */
@ApplicationScoped
public class ProfileService {

    private static final String RESOURCE = "Patient";

    private final PatientRepository patients;
    private final TherapistRepository therapists;
    private final ProfileAccess access;
    private final CurrentUser currentUser;
    private final AccountDirectory accounts;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final CareRelationRepository care;
    private final Clock clock;

    ProfileService(PatientRepository patients, TherapistRepository therapists, ProfileAccess access,
                   CurrentUser currentUser, AccountDirectory accounts, EventOutbox outbox, AuditTrail audit,
                   CareRelationRepository care, Clock clock) {
        this.care = care;
        this.patients = patients;
        this.therapists = therapists;
        this.access = access;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The profile, audited; the patient's own first read marks the invitation accepted. */
    @Transactional
    public Patient read(UUID patientId) {
        Patient patient = find(patientId);
        access.checkCanRead(patientId);
        if (access.isThePatient(patientId)) {
            patient.signedIn();
        }
        audit.read(RESOURCE, patientId, patientId);
        return patient;
    }

    /**
     * Applies the edit; names and email are also changed in the account (in this transaction, before the commit:
     * if Keycloak refuses, nothing changes). A new language or time zone is announced to the other services.
     */
    @Transactional
    public Patient edit(UUID patientId, PatientEdit edit) {
        Patient patient = find(patientId);
        access.checkCanEdit(patientId);
        if (access.isThePatient(patientId) && edit.forbiddenForPatient() != null) {
            throw ProblemException.forbidden(edit.forbiddenForPatient()
                    + " is changed by the clinic; a patient changes their phone, language and time zone");
        }
        PatientDetails before = patient.details();
        PatientDetails after = edit.applyTo(before, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (!after.email().equals(before.email()) && (patients.emailTaken(after.email())
                || therapists.emailTaken(after.email()))) {
            throw AccountDirectory.emailTaken();
        }
        patient.take(after);
        patients.flush();
        if (!after.email().equals(before.email()) || !after.givenName().equals(before.givenName())
                || !after.familyName().equals(before.familyName()) || !after.locale().equals(before.locale())) {
            accounts.update(patientId, after.email(), after.givenName(), after.familyName(), after.locale());
        }
        if (!after.locale().equals(before.locale()) || !after.timeZone().equals(before.timeZone())) {
            outbox.publish(new PatientPreferencesChanged(UUID.randomUUID(), clock.instant(), patientId,
                    after.locale(), after.timeZone()));
        }
        audit.record("UPDATE", RESOURCE, patientId, patientId);
        return patient;
    }

    /** A patient found, with the therapist caring for them (null: nobody). */
    public record Found(Patient patient, UUID therapistId) {
    }

    /** One page of a search: the patients on it, and how many match in all. */
    public record SearchPage(List<Found> found, long total) {
    }

    /**
     * What the caller may see of the patients whose names or email contain {@code q} (only those in nobody's care
     * when {@code nobodysOnly}), the page of {@code limit} after {@code offset}; each patient listed is audited, and
     * only those: a short search reads one page, not the clinic's whole register.
     */
    @Transactional
    public SearchPage search(String q, boolean nobodysOnly, int offset, int limit) {
        UUID caring = currentUser.isAdmin() ? null : currentUser.id();
        List<Patient> found = patients.search(q, caring, nobodysOnly, offset, limit);
        List<UUID> ids = found.stream().map(p -> p.id).toList();
        audit.readEach(RESOURCE, ids);
        Map<UUID, UUID> carers = care.carersOf(ids);
        // a page short of its limit is the last one, and says the total without counting
        long total = found.size() < limit && (offset == 0 || !found.isEmpty()) ? offset + found.size()
                : patients.countMatching(q, caring, nobodysOnly);
        return new SearchPage(found.stream().map(p -> new Found(p, carers.get(p.id))).toList(), total);
    }

    /** An admin sees every therapist, closed accounts included; a therapist those who can take a patient. */
    @Transactional
    public List<Therapist> therapists() {
        return currentUser.isAdmin() ? therapists.byName() : therapists.activeByName();
    }

    private Patient find(UUID patientId) {
        return patients.findByIdOptional(Objects.requireNonNull(patientId))
                .orElseThrow(() -> ProblemException.notFound(RESOURCE));
    }
}
