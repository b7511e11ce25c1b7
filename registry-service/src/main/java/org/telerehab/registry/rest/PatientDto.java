package org.telerehab.registry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.telerehab.kit.problem.Problem;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.registry.domain.Patient;
import org.telerehab.registry.domain.PatientDetails;
import org.telerehab.registry.domain.PatientEdit;
import org.telerehab.registry.domain.PatientStatus;
import org.telerehab.registry.service.ProfileService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The contract's patient profile: what an invitation sends, what a read answers, what a search lists. */
final class PatientDto {

    private static final Set<String> EDITABLE = Set.of("givenName", "familyName", "birthDate", "email", "phone",
            "locale", "timeZone");

    private PatientDto() {
    }

    /** {@code POST /api/patients}; every field is checked by the domain's ProfileRules (422 naming it). */
    record Invite(String givenName, String familyName, LocalDate birthDate, String email, String phone,
                  String locale, String timeZone) {

        PatientDetails toDetails(LocalDate today) {
            return PatientDetails.validated(givenName, familyName, birthDate, email, phone, locale, timeZone, today);
        }
    }

    record Profile(UUID id, String givenName, String familyName, LocalDate birthDate, String email, String phone,
                   String locale, String timeZone, PatientStatus status, UUID invitedBy, Instant invitedAt) {

        static Profile of(Patient p) {
            return new Profile(p.id, p.givenName, p.familyName, p.birthDate, p.email, p.phone, p.locale, p.timeZone,
                    p.status, p.invitedBy, p.invitedAt);
        }
    }

    /** A patient found; {@code therapistId}: who cares for them (null: nobody, the triage pool). */
    record Summary(UUID id, String givenName, String familyName, LocalDate birthDate, PatientStatus status,
                   UUID therapistId) {

        static Summary of(ProfileService.Found found) {
            Patient p = found.patient();
            return new Summary(p.id, p.givenName, p.familyName, p.birthDate, p.status, found.therapistId());
        }
    }

    /**
     * {@code PATCH /api/patients/{id}}: the fields present are changed (a JSON merge patch). An unknown field is 400,
     * a value of the wrong type 422 naming it.
     */
    static PatientEdit toEdit(ObjectNode body) {
        PatientEdit edit = new PatientEdit();
        Iterator<Map.Entry<String, JsonNode>> fields = body.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!EDITABLE.contains(name)) {
                throw new ProblemException(new Problem("malformed", "Malformed request",
                        400, name + " is not a field of a patient's profile that can be changed", null));
            }
            if (!value.isNull() && !value.isTextual()) {
                throw ProblemException.invalid(name, "must be a string");
            }
            String text = value.isNull() ? null : value.asText();
            edit.set(name, name.equals("birthDate") ? date(text) : text);
        }
        return edit;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("birthDate", "must be a date such as 1980-04-12");
        }
    }
}
