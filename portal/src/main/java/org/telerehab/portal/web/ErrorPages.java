package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Friendly pages for a page the user may not open, a missing page and anything unexpected (no stack traces). */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Views views;

    @Inject
    PortalLanguage language;

    /** What went wrong, in the page's language, and where to go from here. */
    @TemplateData
    public record ErrorPage(int status, String title, String detail, String home) {
    }

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(ErrorPage error);
    }

    private StaffMessages words() {
        return StaffWords.in(language.tagFor("error"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, words().forbiddenTitle(), words().forbiddenDetail());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, words().notFoundTitle(), words().notFoundDetail());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return page(w.getResponse().getStatus(), words().badRequestTitle(), words().badRequestDetail());
        }
        LOG.error("unexpected error on a page", e);
        return page(500, words().unexpectedTitle(), words().unexpectedDetail());
    }

    private Response page(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(views.page(Templates.error(new ErrorPage(status, title, detail, views.home())), null))
                .build();
    }
}
