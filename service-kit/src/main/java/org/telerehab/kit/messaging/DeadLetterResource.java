package org.telerehab.kit.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.events.BrokerAccess;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.Roles;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The command that replays a channel's dead letters (see {@link DeadLetterReplay}), for the clinic's admins. */
@Path("/api/dead-letters/{channel}/replay")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Config config;
    private final DeadLetterReplay replay;
    private final Map<String, Consumer<String>> handlers = new HashMap<>();

    @Inject
    DeadLetterResource(Config config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName,
                       Instance<ChannelHandlers> consumers) {
        this.config = config;
        this.replay = new DeadLetterReplay(kafkaConfig, BrokerAccess.replayGroup(serviceName));
        consumers.forEach(c -> handlers.putAll(c.byChannel()));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replay a consumed channel's dead letters through the idempotent consumer",
            description = "Applies every dead letter of the channel not replayed before, in order, as the channel"
                    + " would; an event already applied is skipped. A dead letter that fails again stops the replay"
                    + " (stoppedAt names it and why); the next replay starts with it. 404 for a channel this service"
                    + " does not consume.")
    public DeadLetterReplay.Result replay(@PathParam("channel") String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw ProblemException.notFound("Channel");
        }
        Consumer<String> handler = handlers.get(channel);
        if (handler == null) {
            throw ProblemException.notFound("Channel " + channel);
        }
        // the dead-letter topic of each channel is named in application.properties (BrokerAccess grants it)
        String topic = config.getValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", String.class);
        return replay.replay(topic, handler, TIMEOUT);
    }
}
