package org.telerehab.portal.web;

import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.Retelling;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;


/** Why an upload was refused, in the therapist's words rather than the service's. */
final class MediaUploads {

    private MediaUploads() {
    }

    static Api.Problem readable(Api.Problem problem) {
        return switch (problem.status()) {
            case 413 -> Api.Problem.told(413, new Retelling(Title.FILE_TOO_LARGE, Detail.FILE_SIZE_LIMITS));
            case 415 -> Api.Problem.told(415, new Retelling(Title.FILE_NOT_USABLE, Detail.FILE_TYPES));
            case 422 -> problem.detail() != null && problem.detail().contains("caption")
                    ? Api.Problem.told(422, new Retelling(Title.CAPTION_TOO_LONG, Detail.CAPTION_LIMIT)) : problem;
            default -> problem;
        };
    }
}
