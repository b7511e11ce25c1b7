package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An exercise's words in Spanish, French and Arabic (issue 18): which languages each version has (therapists and
 * admins, as program-service lets them read it) and the form a therapist translates one version with, the English
 * beside each field. A language a version is not translated into is read by patients in English.
 */
@Path("/therapist/exercises/{id}/translations")
@RolesAllowed(Views.THERAPIST)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ExerciseTranslationResource {

    private static final String SERVICE = "program service";
    private static final String CURRENT = "/therapist/exercises";
    /** More steps or cues than any exercise has: a form posting more is not read further. */
    private static final int MOST_ITEMS = 100;

    @Inject
    Views views;

    @Inject
    @RestClient
    ProgramClient program;

    @Inject
    PortalLanguage language;

    /** The pages whose view model is a record, checked against their templates when the portal is built. */
    @CheckedTemplate(basePath = "therapist", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance exerciseTranslations(ExerciseTranslationView.Overview view);

        static native TemplateInstance exerciseTranslation(ExerciseTranslationView.Editor form);
    }

    @GET
    @RolesAllowed({Views.THERAPIST, Views.ADMIN})
    public TemplateInstance overview(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
        Api.Result listing = Api.call(SERVICE, () -> program.exerciseTranslations(id));
        if (listing.status() == 404) {
            throw new NotFoundException();
        }
        if (!listing.ok()) {
            return views.page(Templates.exerciseTranslations(null), CURRENT).data("problem", listing.problem());
        }
        Api.Result english = Api.call(SERVICE, () -> program.exercise(id));
        String name = english.ok() ? (String) english.map().get("name") : null;
        String tag = language.tagFor("therapist/exercise-translations");
        return views.page(Templates.exerciseTranslations(ExerciseTranslationView.overview(listing.map(), name,
                me(), views.hasRole(Views.THERAPIST), saved, tag)), CURRENT);
    }

    /** The form for the current version, or {@code version}, pre-filled when it is translated already. */
    @GET
    @Path("{locale}")
    public TemplateInstance form(@PathParam("id") UUID id, @PathParam("locale") String locale,
                                 @QueryParam("version") Integer version) {
        known(locale);
        Api.Result english = Api.call(SERVICE, () -> program.exercise(id, version, null));
        if (english.status() == 404) {
            throw new NotFoundException();
        }
        if (!english.ok()) {
            return views.page(Templates.exerciseTranslation(null), CURRENT).data("problem", english.problem());
        }
        Object shown = english.map().get("version");
        Integer pinned = shown instanceof Number n ? n.intValue() : version;
        Api.Result written = Api.call(SERVICE, () -> program.exercise(id, pinned, locale));
        boolean translated = written.ok() && locale.equals(written.map().get("contentLocale"));
        TemplateInstance page = views.page(Templates.exerciseTranslation(ExerciseTranslationView.editor(
                english.map(), locale, translated ? written.map() : Map.of(), translated, Map.of(), formTag())),
                CURRENT);
        return written.ok() ? page : page.data("problem", written.problem().retold(Title.TRANSLATION_NOT_READ,
                Detail.TRANSLATION_FORM_EMPTY));
    }

    /** The form sent: written to program-service for the version it showed; a refusal shows the form again. */
    @POST
    @Path("{locale}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(@PathParam("id") UUID id, @PathParam("locale") String locale,
                       MultivaluedMap<String, String> posted) {
        known(locale);
        Form form = new Form(posted);
        Integer version = form.intOr("version", null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", form.text("name"));
        body.put("summary", form.text("summary"));
        body.put("steps", items(form, "steps"));
        body.put("cues", items(form, "cues"));
        Api.Result result = Api.call(SERVICE, () -> program.putExerciseTranslation(id, locale, version, body));
        if (result.ok()) {
            return Response.seeOther(URI.create("/therapist/exercises/" + id + "/translations?saved=" + locale))
                    .build();
        }
        if (result.status() == 404) {
            throw new NotFoundException();
        }
        Map<String, String> errors = new HashMap<>();
        Api.Problem problem = ExerciseTranslationView.readable(result.problem(),
                ExerciseTranslationView.LANGUAGES.get(locale), errors);
        Api.Result english = Api.call(SERVICE, () -> program.exercise(id, version, null));
        Map<String, Object> shown = new LinkedHashMap<>(english.map());
        shown.putIfAbsent("id", id);
        shown.putIfAbsent("version", version);
        boolean translated = form.checked("translated");
        return views.page(Templates.exerciseTranslation(ExerciseTranslationView.editor(shown, locale, body,
                translated, errors, formTag())), CURRENT).data("problem", problem);
    }

    /** {@code steps[0]}, {@code steps[1]}, ... as posted, in order; a blank one stays null for the service to name. */
    private static List<String> items(Form form, String name) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < MOST_ITEMS && form.values() != null && form.values().containsKey(name + "[" + i + "]");
             i++) {
            items.add(form.text(name + "[" + i + "]"));
        }
        return items;
    }

    /** The signed-in user, to say "you" for what they translated; null when their name is no id. */
    private String formTag() {
        return language.tagFor("therapist/exercise-translation");
    }

    private UUID me() {
        try {
            return views.userId();
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** Spanish, French or Arabic; anything else (English included: it is the exercise itself) is no page. */
    private static void known(String locale) {
        if (!ExerciseTranslationView.LANGUAGES.containsKey(locale)) {
            throw new NotFoundException();
        }
    }
}
