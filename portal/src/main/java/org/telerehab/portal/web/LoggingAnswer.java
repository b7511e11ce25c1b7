package org.telerehab.portal.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A logging form's answer (a session, a check-in) with the status of what happened, so the device's queue of logs
 * made offline (portal.js) knows whether one was stored (200; a repeat of one already stored is 200 too), refused for
 * good (4xx, shown to the patient) or is to be sent again later (5xx).
 */
final class LoggingAnswer {

    private LoggingAnswer() {
    }

    static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }
}
