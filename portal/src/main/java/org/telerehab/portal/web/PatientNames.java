package org.telerehab.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.RegistryClient;
import org.telerehab.events.clinical.PatientDays;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who a patient (or a colleague) is, in words, for the therapist's and admin's pages: their name from registry-service
 * (the only home of names; each read is audited there), or "Patient 1a2b3c4d" when registry-service does not know them
 * or cannot be reached, so a page never fails for want of a name. Also what day it is for a patient (their profile's
 * time zone).
 */
@RequestScoped
public class PatientNames {

    @Inject
    @RestClient
    RegistryClient registry;

    /** Names of every patient the caller may see, read once for a list page; empty when unreadable. */
    public Map<String, String> visible() {
        Api.Result result = Api.call("registry service", () -> registry.searchPatients(null, false));
        Map<String, String> names = new HashMap<>();
        result.list().forEach(p -> names.put(String.valueOf(p.get("id")), fullName(p)));
        return names;
    }

    /** Profiles read in this request: a page that needs a patient's name and their day reads (and audits) once. */
    private final Map<UUID, Api.Result> profiles = new HashMap<>();

    private Api.Result profile(UUID patientId) {
        return profiles.computeIfAbsent(patientId, id -> Api.call("registry service", () -> registry.patient(id)));
    }

    /** One patient's name, or their short id. */
    public String of(UUID patientId) {
        Api.Result result = profile(patientId);
        return label(result.ok() ? fullName(result.map()) : null, patientId);
    }

    /**
     * The patient's today, in the time zone of their profile (the day their check-in and plan start count on); the
     * UTC day when registry-service does not know the zone or cannot be reached, as the services count it then.
     */
    public LocalDate todayOf(UUID patientId) {
        return LocalDate.now(daysOf(patientId).zone());
    }

    /** The language of the patient's profile (en, es, fr or ar), or null when unknown or unreadable. */
    public String localeOf(UUID patientId) {
        Api.Result result = profile(patientId);
        return result.ok() && result.map().get("locale") instanceof String tag ? tag : null;
    }

    /** The patient's calendar (their profile's time zone; UTC when unknown or unreadable). */
    public PatientDays daysOf(UUID patientId) {
        Api.Result result = profile(patientId);
        return PatientDays.of(result.ok() && result.map().get("timeZone") instanceof String id ? id : null);
    }

    /** The clinic's therapists but {@code me}, by name, to hand a patient to; empty when unreadable. */
    public List<Map<String, Object>> colleagues(UUID me) {
        Api.Result result = Api.call("registry service", () -> registry.therapists());
        return result.list().stream().filter(t -> !String.valueOf(t.get("id")).equals(String.valueOf(me)))
                .map(t -> Map.<String, Object>of("id", String.valueOf(t.get("id")), "name", t.get("givenName") + " "
                        + t.get("familyName"))).toList();
    }

    /** The name when known, otherwise "Patient" and the id's first eight characters. */
    public static String label(String name, Object patientId) {
        return name != null && !name.isBlank() ? name : "Patient " + Clinical.shortId(patientId);
    }

    private static String fullName(Map<String, Object> profile) {
        Object given = profile.get("givenName");
        Object family = profile.get("familyName");
        return given == null || family == null ? null : given + " " + family;
    }
}
