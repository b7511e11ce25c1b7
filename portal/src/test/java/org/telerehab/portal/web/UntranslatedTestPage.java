package org.telerehab.portal.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A page no one translated, served in the tests only: every page of the portal is translated, and the line a page
 * not translated yet shows ("shown in English") is still tested on this one ({@link Views#page}).
 */
@Path(UntranslatedTestPage.PATH)
@RolesAllowed({Views.PATIENT, Views.THERAPIST, Views.ADMIN})
@Produces(MediaType.TEXT_HTML)
@Blocking
public class UntranslatedTestPage {

    static final String PATH = "/test-pages/untranslated";

    /** Its template's name, which is not in {@link PortalLanguage#TRANSLATED}. */
    static final String TEMPLATE = "test/untranslated";

    @Inject
    Engine engine;

    @Inject
    Views views;

    @GET
    public TemplateInstance page() {
        return views.page(engine.parse("""
                {#include base}
                {#title}Not translated{/title}
                <h1 id="untranslated">A page in English only</h1>
                {/include}
                """, null, TEMPLATE).instance(), PATH);
    }
}
