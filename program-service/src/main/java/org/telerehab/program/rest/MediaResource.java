package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.domain.ByteRange;
import org.telerehab.program.service.MediaService;

import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;

/** Streams exercise media from the object store: ETag and 304, single byte ranges, long private caching. */
@Path("/api/media")
public class MediaResource {

    /** An id's bytes never change (a new upload is a new id), so a browser may keep them for a year. */
    static final String CACHE = "private, max-age=31536000, immutable";

    private final MediaService media;

    MediaResource(MediaService media) {
        this.media = media;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT})
    @Operation(summary = "A picture or video of an exercise (?size=phone: the copy for phones); patients only what"
            + " their current plan shows")
    public Response get(@PathParam("id") UUID id, @QueryParam("size") Size size,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                        @HeaderParam("Range") String range) {
        MediaService.Served served = media.find(id, size == Size.phone);
        String etag = "\"" + served.sha256() + "\"";
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE)
                    .build();
        }
        ByteRange.Request wanted = ByteRange.of(range, served.size());
        if (wanted instanceof ByteRange.Unsatisfiable) {
            return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header("Content-Range", "bytes */" + served.size()).build();
        }
        Response.ResponseBuilder answer;
        if (wanted instanceof ByteRange.Partial partial) {
            ByteRange r = partial.range();
            answer = Response.status(Response.Status.PARTIAL_CONTENT)
                    .entity(stream(media.open(served, r.first(), r.last())))
                    .header("Content-Range", r.contentRange(served.size()))
                    .header(HttpHeaders.CONTENT_LENGTH, r.length());
        } else {
            answer = Response.ok(stream(media.open(served, null, null)))
                    .header(HttpHeaders.CONTENT_LENGTH, served.size());
        }
        return answer.type(served.media().contentType)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", "inline")
                // media is never a document: nothing in it may run, even if a browser were talked into rendering it
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    public enum Size { original, phone }

    private static StreamingOutput stream(InputStream in) {
        return out -> {
            try (in) {
                in.transferTo(out);
            }
        };
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
    }
}
