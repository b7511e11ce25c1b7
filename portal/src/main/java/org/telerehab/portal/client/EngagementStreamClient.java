package org.telerehab.portal.client;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * engagement-service's stream of a thread's new messages (server-sent events, each event's data one message's JSON).
 * Apart from {@link EngagementClient}: a stream is subscribed to after the page's request has returned, so the user's
 * token is given to it explicitly, and it has no read timeout.
 */
@RegisterRestClient(configKey = "engagement-stream")
@Path("/api")
public interface EngagementStreamClient {

    @GET
    @Path("/patients/{patientId}/messages/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> messages(@PathParam("patientId") UUID patientId, @HeaderParam("Authorization") String bearer);
}
