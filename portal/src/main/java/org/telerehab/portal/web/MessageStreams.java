package org.telerehab.portal.web;

import io.quarkus.security.credential.TokenCredential;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.telerehab.portal.client.EngagementStreamClient;

import java.util.UUID;

/**
 * A thread's new messages as engagement-service streams them, relayed to the page with the user's own token (so its
 * access rule applies: the patient, or the therapist caring for them). When the service is down the stream just ends:
 * the browser's EventSource tries again later, and the page works on reload.
 */
@RequestScoped
public class MessageStreams {

    private static final Logger LOG = Logger.getLogger(MessageStreams.class);

    @Inject
    Instance<TokenCredential> token;

    @Inject
    @RestClient
    EngagementStreamClient engagement;

    public Multi<String> of(UUID patientId) {
        String bearer = "Bearer " + token.get().getToken();
        return engagement.messages(patientId, bearer)
                .onFailure().invoke(e -> LOG.debugf("the message stream of %s ended: %s", patientId, e.toString()))
                .onFailure().recoverWithCompletion()
                .select().where(data -> data != null && !data.isBlank());
    }
}
