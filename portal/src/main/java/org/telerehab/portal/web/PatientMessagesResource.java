package org.telerehab.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
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
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The patient's messages with their therapist ({@link MessageThreads}). */
@Path("/patient/messages")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PatientMessagesResource {

    @Inject
    Views views;

    @Inject
    MessageThreads threads;

    @Inject
    MessageStreams streams;

    @GET
    public TemplateInstance thread(@QueryParam("before") String before, @QueryParam("sent") boolean sent) {
        return threads.thread(views.userId(), false, before, sent, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object write(MultivaluedMap<String, String> posted) {
        return threads.write(views.userId(), false, posted);
    }

    /** The thread's new messages, live (server-sent events, each one message's JSON), for {@code messages.js}. */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> stream() {
        return streams.of(views.userId());
    }
}
