package org.telerehab.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The landing page (public) and the role-based home a login lands on. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @Inject
    Views views;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    public Object landing() {
        if (!identity.isAnonymous() && !"/".equals(views.home())) {
            return Response.seeOther(URI.create(views.home())).build();
        }
        return views.page(Templates.landing(), "/");
    }

    /** The landing page, in the browser's language ({@link PortalLanguage}). */
    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance landing();
    }

    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create(views.home())).build();
    }
}
