package org.telerehab.portal.web;

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

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "You cannot open this page",
                "This page is for another role (for example, therapist pages are only for therapists).");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Page not found", "There is no page at this address.");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return page(w.getResponse().getStatus(), "This request could not be handled",
                    "Please go back and try again.");
        }
        LOG.error("unexpected error on a page", e);
        return page(500, "Something went wrong", "Please try again. If it keeps happening, contact the clinic.");
    }

    private Response page(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(views.page("error", null).data("status", status).data("title", title).data("detail", detail)
                        .data("home", views.home()))
                .build();
    }
}
