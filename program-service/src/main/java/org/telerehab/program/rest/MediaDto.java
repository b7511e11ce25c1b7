package org.telerehab.program.rest;

import org.telerehab.program.domain.ExerciseMedia;

import java.util.UUID;

/**
 * A picture or video of an exercise. {@code url} streams the original; {@code phoneUrl} a copy at most 640 pixels
 * wide where the original is wider (otherwise the same as {@code url}).
 */
public record MediaDto(UUID id, String contentType, long size, String caption, String url, String phoneUrl) {

    static MediaDto of(ExerciseMedia media) {
        String url = "/api/media/" + media.id;
        return new MediaDto(media.id, media.contentType, media.sizeBytes, media.caption, url,
                media.phoneObjectKey == null ? url : url + "?size=phone");
    }
}
