package org.telerehab.registry.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A change to a patient's profile: only the fields present in the request, each replaced. The patient changes their
 * phone, language and time zone; their names, birth date and email are the clinic's to correct (the caring therapist
 * or an admin), because the clinic identifies the patient by them.
 */
public final class PatientEdit {

    /** What a patient may change in their own profile. */
    public static final Set<String> PATIENT_EDITABLE = Set.of("phone", "locale", "timeZone");

    private final Map<String, Object> changes = new LinkedHashMap<>();

    /** @param field one of the profile's JSON fields; value null clears it (only phone may be cleared) */
    public PatientEdit set(String field, Object value) {
        changes.put(field, value);
        return this;
    }

    /**
     * The first field the patient may not change themselves, or null when they may make this edit.
     */
    public String forbiddenForPatient() {
        return changes.keySet().stream().filter(f -> !PATIENT_EDITABLE.contains(f)).findFirst().orElse(null);
    }

    /** The profile after the edit, every field checked again by {@link ProfileRules}. */
    public PatientDetails applyTo(PatientDetails current, LocalDate today) {
        return PatientDetails.validated(
                text("givenName", current.givenName()), text("familyName", current.familyName()),
                changes.containsKey("birthDate") ? (LocalDate) changes.get("birthDate") : current.birthDate(),
                text("email", current.email()), text("phone", current.phone()), text("locale", current.locale()),
                text("timeZone", current.timeZone()), today);
    }

    private String text(String field, String current) {
        return changes.containsKey(field) ? (String) changes.get(field) : current;
    }
}
