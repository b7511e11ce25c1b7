package org.telerehab.kit.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.Roles;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/** The command that replays a channel's dead letters (see {@link DeadLetterReplay}), for the clinic's admins. */
@Path("/api/dead-letters/{channel}/replay")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Config config;
    private final DeadLetterReplay replay;

    @Inject
    DeadLetterResource(Config config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.config = config;
        this.replay = new DeadLetterReplay(kafkaConfig, serviceName);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replay a consumed channel's dead letters through the idempotent consumer",
            description = "Sends every dead letter of the channel not replayed before back to the topic it came from;"
                    + " consumers that had applied an event skip it. 404 for a channel this service does not consume.")
    public DeadLetterReplay.Result replay(@PathParam("channel") String channel) throws InterruptedException {
        if (!CHANNEL.matcher(channel).matches()) {
            throw ProblemException.notFound("Channel");
        }
        if (config.getOptionalValue("mp.messaging.incoming." + channel + ".connector", String.class).isEmpty()) {
            throw ProblemException.notFound("Channel " + channel);
        }
        String topic = config.getOptionalValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic",
                String.class).orElse("dead-letter-topic-" + channel);
        return replay.replay(topic, TIMEOUT);
    }
}
