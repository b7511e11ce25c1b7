package org.telerehab.portal.web;

import org.telerehab.portal.client.Api;

import java.util.List;

/** Why an upload was refused, in the therapist's words rather than the service's. */
final class MediaUploads {

    private MediaUploads() {
    }

    static Api.Problem readable(Api.Problem problem) {
        return switch (problem.status()) {
            case 413 -> new Api.Problem(413, "The file is too large",
                    "A picture may be at most 5 MB and a video at most 100 MB. Make it smaller and upload it again.",
                    List.of(), List.of());
            case 415 -> new Api.Problem(415, "This file cannot be used",
                    "Telerehab takes PNG, JPEG or WebP pictures and MP4 or WebM videos, and checks what the file"
                            + " really is, not its name. This one is not one of them, or it is damaged.",
                    List.of(), List.of());
            case 422 -> problem.detail() != null && problem.detail().contains("caption")
                    ? new Api.Problem(422, "The caption is too long", "A caption may be at most 300 characters.",
                    List.of(), List.of()) : problem;
            default -> problem;
        };
    }
}
