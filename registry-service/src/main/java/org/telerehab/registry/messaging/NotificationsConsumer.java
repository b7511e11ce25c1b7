package org.telerehab.registry.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.telerehab.events.NotificationRaised;
import org.telerehab.kit.messaging.ChannelHandlers;
import org.telerehab.kit.messaging.IdempotentConsumer;
import org.telerehab.registry.service.NotificationMailService;

import java.util.Map;
import java.util.function.Consumer;

/**
 * engagement-service's notifications for people who want email: each is mailed by {@link NotificationMailService}
 * (registry-service alone knows the addresses), each event applied once.
 */
@ApplicationScoped
public class NotificationsConsumer implements ChannelHandlers {

    static final String CONSUMER = "registry.notification-mails";

    private final IdempotentConsumer consumer;
    private final NotificationMailService mails;

    NotificationsConsumer(IdempotentConsumer consumer, NotificationMailService mails) {
        this.consumer = consumer;
        this.mails = mails;
    }

    @Incoming("engagement-notifications")
    @Blocking
    public void onNotification(String payload) {
        consumer.handle(CONSUMER, payload, event -> {
            if (event instanceof NotificationRaised raised) {
                mails.mail(raised);
            }
        });
    }

    @Override
    public Map<String, Consumer<String>> byChannel() {
        return Map.of("engagement-notifications", this::onNotification);
    }
}
