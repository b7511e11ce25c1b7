package org.telerehab.portal.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.telerehab.portal.client.ProgramClient;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Pictures, videos and illustrations of exercises, relayed from program-service as it answers them (its access
 * rules, ETag, ranges and caching), streamed rather than held: the page's {@code <img>} and {@code <video>} read here
 * with the signed-in user's session.
 */
@Path("/media")
@Blocking
public class ExerciseMediaResource {

    /** The headers of program-service's answer a browser needs to cache, resume and show the file safely. */
    private static final List<String> RELAYED = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, "Content-Range", "Accept-Ranges", "Content-Disposition",
            "Content-Security-Policy");

    @Inject
    @RestClient
    ProgramClient program;

    @GET
    @Path("{id}")
    @RolesAllowed({Views.PATIENT, Views.THERAPIST, Views.ADMIN})
    public Response media(@PathParam("id") UUID id, @QueryParam("size") String size,
                          @HeaderParam("Range") String range,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return relay(program.media(id, "phone".equals(size) ? "phone" : null, range, ifNoneMatch));
    }

    @GET
    @Path("illustrations/{exerciseId}")
    @RolesAllowed({Views.PATIENT, Views.THERAPIST, Views.ADMIN})
    public Response illustration(@PathParam("exerciseId") UUID exerciseId) {
        return relay(program.illustration(exerciseId));
    }

    private static Response relay(RestResponse<InputStream> answer) {
        Response.ResponseBuilder relayed = Response.status(answer.getStatus());
        for (String header : RELAYED) {
            String value = answer.getHeaderString(header);
            if (value != null) {
                relayed.header(header, value);
            }
        }
        int status = answer.getStatus();
        InputStream body = answer.getEntity();
        if ((status == 200 || status == 206) && body != null) {
            relayed.entity((StreamingOutput) out -> {
                try (body) {
                    body.transferTo(out);
                }
            });
        } else if (body != null) {
            try (body) {
                body.readAllBytes(); // a refusal's problem text is program-service's business, not the browser's
            } catch (IOException ignored) {
                // nothing to relay either way
            }
        }
        return relayed.build();
    }
}
