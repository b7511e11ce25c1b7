package org.telerehab.engagement.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.engagement.service.MessageService;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * The thread between a patient and the therapist caring for them (issue 19): the patient and that therapist write and
 * read it; another patient gets 404, a therapist not caring for the patient (a former one too) 403, an admin 403.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    private final MessageService messages;

    MessageResource(MessageService messages) {
        this.messages = messages;
    }

    @POST
    @Path("/patients/{patientId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST})
    @Operation(summary = "Write in the patient's thread (the patient; the caring therapist); the other side is told")
    public Response write(@PathParam("patientId") UUID patientId, MessageDto.Write body) {
        if (body == null) {
            throw ProblemException.invalid("text", "must not be empty");
        }
        return Response.status(Response.Status.CREATED)
                .entity(MessageDto.Item.of(messages.write(patientId, body.text(), body.clientRequestId()))).build();
    }

    @GET
    @Path("/patients/{patientId}/messages")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST})
    @Operation(summary = "The patient's thread, newest first, at most 50 a page (the patient; the caring therapist)",
            description = "before: the previous page's next; limit: fewer than 50 a page. Marks the thread read.")
    public MessageDto.Thread read(@PathParam("patientId") UUID patientId, @QueryParam("before") String before,
                                  @QueryParam("limit") Integer limit) {
        return MessageDto.Thread.of(messages.read(patientId, cursor(before), limit));
    }

    @GET
    @Path("/patients/{patientId}/messages/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST})
    @Blocking
    @Operation(summary = "The messages written in the patient's thread from now on, as server-sent events 'message'",
            description = "Ends after a while (the client reconnects and re-reads the thread); this instance's only.")
    public Multi<OutboundSseEvent> stream(@PathParam("patientId") UUID patientId, @Context Sse sse) {
        OutboundSseEvent open = sse.newEventBuilder().comment("open").build();
        Multi<OutboundSseEvent> written = messages.follow(patientId).map(MessageDto.Item::of)
                .map(item -> sse.newEventBuilder().name("message").id(item.id().toString())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(MessageDto.Item.class, item).build());
        // subscribed to the thread first, so that a message written once the client sees "open" is not missed
        return Multi.createBy().merging().streams(written, Multi.createFrom().item(open));
    }

    @GET
    @Path("/messages/unread")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST})
    @Operation(summary = "The caller's unread messages: the patient's own thread, each patient in a therapist's care")
    public List<MessageDto.Unread> unread() {
        return messages.unreadOfCaller().stream().map(MessageDto.Unread::of).toList();
    }

    private static UUID cursor(String before) {
        if (before == null) {
            return null;
        }
        try {
            return UUID.fromString(before);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("before", "not a message of this thread: pass the answer's next");
        }
    }
}
