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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.UUID;

/** The therapist's messages with a patient in their care ({@link MessageThreads}); another's: refused in words. */
@Path("/therapist/patients/{patientId}/messages")
@RolesAllowed(Views.THERAPIST)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class TherapistMessagesResource {

    @Inject
    MessageThreads threads;

    @Inject
    MessageStreams streams;

    @GET
    public TemplateInstance thread(@PathParam("patientId") UUID patientId, @QueryParam("before") String before,
                                   @QueryParam("sent") boolean sent) {
        return threads.thread(patientId, true, before, sent, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object write(@PathParam("patientId") UUID patientId, MultivaluedMap<String, String> posted) {
        return threads.write(patientId, true, posted);
    }

    /** The thread's new messages, live (server-sent events, each one message's JSON), for {@code messages.js}. */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> stream(@PathParam("patientId") UUID patientId) {
        return streams.of(patientId);
    }
}
