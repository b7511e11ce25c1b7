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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.RegistryClient;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The patient's own profile (registry-service): who the clinic has them as, and what they may change themselves,
 * their phone, language and time zone. Names, birth date and email are changed by their therapist.
 */
@Path("/patient/profile")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ProfileResource {

    /** What a patient may change, as registry-service names it. */
    static final List<String> EDITABLE = List.of("phone", "locale", "timeZone");

    /** Each language a patient may choose, in its own words (the option is marked with its language). */
    static final List<LanguageChoice> LANGUAGES = List.of(new LanguageChoice("en", "English"),
            new LanguageChoice("es", "Español"), new LanguageChoice("fr", "Français"),
            new LanguageChoice("ar", "العربية"));

    @Inject
    Views views;

    @Inject
    @RestClient
    RegistryClient registry;

    /** The page, checked against its template when the portal is built. */
    @CheckedTemplate(basePath = "patient", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance profile(ProfileView profile);
    }

    /**
     * "My profile".
     *
     * @param who       who the clinic has the patient as; null when the registry has no profile
     * @param fields    what each editable field holds (what was typed, when a save was refused) and the registry's
     *                  refusal of it
     * @param languages each language a patient may choose, in its own words
     * @param zones     the time zones offered
     * @param saved     whether the page follows a save
     */
    @TemplateData
    public record ProfileView(Who who, FormFields fields, List<LanguageChoice> languages, List<String> zones,
                              boolean saved) {
    }

    /** What the patient may not change themselves (their therapist does). */
    @TemplateData
    public record Who(String givenName, String familyName, String birthDate, String email) {
    }

    @GET
    public TemplateInstance profile(@QueryParam("saved") boolean saved) {
        Api.Result result = Api.call("registry service", () -> registry.patient(views.userId()));
        Map<String, Object> typed = new LinkedHashMap<>();
        EDITABLE.forEach(field -> typed.put(field, result.map().get(field)));
        return page(result.map(), typed, readable(result.problem()), saved && result.ok());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String field : EDITABLE) {
            changes.put(field, form.text(field));
        }
        Api.Result result = Api.call("registry service", () -> registry.editPatient(views.userId(), changes));
        if (result.ok()) {
            return Response.seeOther(URI.create("/patient/profile?saved=true")).build();
        }
        Api.Result current = Api.call("registry service", () -> registry.patient(views.userId()));
        Api.Problem problem = result.problem().status() == 404 ? readable(result.problem())
                : InvitationResource.readable(result.problem(), Title.PROFILE_NOT_SAVED);
        return page(current.map(), changes, problem.status() == 422 ? problem.retold(problem.retelling().title(),
                Detail.PROFILE_CORRECT_FIELDS) : problem, false);
    }

    /** A patient the registry has no profile for (enrolled before it existed) is told whom to ask. */
    private static Api.Problem readable(Api.Problem problem) {
        return problem != null && problem.status() == 404 ? problem.retold(Title.NO_PROFILE,
                Detail.NO_PROFILE_ASK_THERAPIST) : problem;
    }

    private TemplateInstance page(Map<String, Object> profile, Map<String, Object> typed, Api.Problem problem,
                                  boolean saved) {
        Who who = profile.get("id") == null ? null : new Who(text(profile.get("givenName")),
                text(profile.get("familyName")), text(profile.get("birthDate")), text(profile.get("email")));
        return views.page(Templates.profile(new ProfileView(who, FormFields.of(typed, problem), LANGUAGES,
                InvitationResource.ZONES, saved)), "/patient/profile").data("problem", problem);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
