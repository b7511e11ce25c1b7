package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.RegistryClient;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invitations: a therapist or an admin invites a patient, an admin a therapist. registry-service makes the account
 * and mails the link that sets the password; the form only collects what it needs and tells refusals in words.
 */
@Path("/invitations")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class InvitationResource {

    /** The form's fields, as registry-service names them, and their labels on the page. */
    static final Map<String, String> LABELS = Map.of("givenName", "Given name", "familyName", "Family name",
            "birthDate", "Date of birth", "email", "Email", "phone", "Phone", "locale", "Language",
            "timeZone", "Time zone");
    /** The languages the contract supports, in their own words (and in English). */
    static final List<LanguageChoice> LANGUAGES = List.of(new LanguageChoice("en", "English"),
            new LanguageChoice("es", "Español (Spanish)"), new LanguageChoice("fr", "Français (French)"),
            new LanguageChoice("ar", "العربية (Arabic)"));
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    @Inject
    Views views;

    @Inject
    @RestClient
    RegistryClient registry;

    @GET
    @Path("patient")
    @RolesAllowed({Views.THERAPIST, Views.ADMIN})
    public TemplateInstance patientForm() {
        return patientPage(Map.of(), null);
    }

    @POST
    @Path("patient")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Views.THERAPIST, Views.ADMIN})
    public TemplateInstance invitePatient(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("givenName", "familyName", "birthDate", "email", "phone", "locale", "timeZone")) {
            body.put(field, form.text(field));
        }
        Api.Result result = Api.call("registry service", () -> registry.invitePatient(body));
        if (!result.ok()) {
            return patientPage(body, readable(result.problem(), Title.INVITATION_NOT_SENT));
        }
        return views.page(Templates.sent(new Sent(String.valueOf(result.map().get("email")), true,
                views.hasRole(Views.THERAPIST))), "/invitations/patient");
    }

    @GET
    @Path("therapist")
    @RolesAllowed(Views.ADMIN)
    public TemplateInstance therapistForm() {
        return therapistPage(Map.of(), null);
    }

    @POST
    @Path("therapist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Views.ADMIN)
    public TemplateInstance inviteTherapist(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("givenName", "familyName", "email")) {
            body.put(field, form.text(field));
        }
        Api.Result result = Api.call("registry service", () -> registry.inviteTherapist(body));
        if (!result.ok()) {
            return therapistPage(body, readable(result.problem(), Title.INVITATION_NOT_SENT));
        }
        // registry-service answers a therapist's id and name only: the address is the one typed
        return views.page(Templates.sent(new Sent(String.valueOf(body.get("email")), false, false)),
                "/invitations/therapist");
    }

    private TemplateInstance patientPage(Map<String, Object> typed, Api.Problem problem) {
        return views.page(Templates.patient(FormFields.of(typed, problem),
                new PatientForm(LANGUAGES, ZONES, views.hasRole(Views.THERAPIST), problem)), "/invitations/patient");
    }

    private TemplateInstance therapistPage(Map<String, Object> typed, Api.Problem problem) {
        return views.page(Templates.therapist(FormFields.of(typed, problem), problem), "/invitations/therapist");
    }

    /**
     * The invitation pages. {@code fields} (what was typed and the service's message at each field) is read by
     * {@code fragments/text-field}.
     */
    @CheckedTemplate(basePath = "invitations", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance patient(FormFields fields, PatientForm invite);

        static native TemplateInstance therapist(FormFields fields, Api.Problem problem);

        static native TemplateInstance sent(Sent sent);
    }

    /**
     * The patient's invitation form.
     *
     * @param languages the languages a patient may have, in their own words
     * @param therapist the caller is a therapist (the patient will be in their care)
     */
    @TemplateData
    public record PatientForm(List<LanguageChoice> languages, List<String> zones, boolean therapist,
                              Api.Problem problem) {
    }

    /**
     * An invitation sent.
     *
     * @param patient a patient was invited (a therapist otherwise)
     * @param inCare  the patient is in the inviting therapist's care
     */
    @TemplateData
    public record Sent(String email, boolean patient, boolean inCare) {
    }

    /**
     * registry-service's refusal in the page's words: each field error named by its label, an email already in use
     * and an outage said plainly. Nothing of the JSON reaches the page.
     */
    static Api.Problem readable(Api.Problem problem, Title title) {
        if (problem.is("email-taken")) {
            return problem.retold(title, Detail.EMAIL_TAKEN);
        }
        if (problem.status() >= 500) {
            return problem.retold(title, Detail.INVITATION_UNREACHABLE);
        }
        List<Map<String, Object>> named = new ArrayList<>();
        for (Map<String, Object> error : problem.errors()) {
            Map<String, Object> e = new LinkedHashMap<>(error);
            e.put("label", LABELS.getOrDefault(String.valueOf(error.get("field")), String.valueOf(error.get("field"))));
            named.add(e);
        }
        return problem.retold(title, named.isEmpty() ? null : Detail.INVITATION_CORRECT_FIELDS).withErrors(named);
    }

}
