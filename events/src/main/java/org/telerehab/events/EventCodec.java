package org.telerehab.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.Optional;

/** The one JSON mapping of events, used by every producer and consumer. */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // forward compatible: newer producers may add optional fields
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // an event type this reader does not know (e.g. a future V2) is skipped, not fatal
            .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .build();

    private EventCodec() {
    }

    public static String encode(TelerehabEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.type(), e);
        }
    }

    /**
     * @return the event, or empty when its type is unknown to this reader
     * @throws MalformedEventException when the payload is not a valid event
     */
    public static Optional<TelerehabEvent> decode(String json) {
        try {
            TelerehabEvent event = MAPPER.readValue(json, TelerehabEvent.class);
            if (event != null && (event.eventId() == null || event.key() == null)) {
                throw new MalformedEventException("event without eventId or the id it is keyed by");
            }
            return Optional.ofNullable(event);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(e.getOriginalMessage());
        }
    }

    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
