package org.telerehab.engagement.rest;

import org.telerehab.engagement.domain.Message;
import org.telerehab.engagement.domain.UnreadCount;
import org.telerehab.engagement.service.MessageService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The messages API's bodies (issue 19, engagement-service). */
public final class MessageDto {

    private MessageDto() {
    }

    /**
     * A message to write: 1 to 4000 characters. {@code clientRequestId} (optional): an id the client gives the message
     * once, sent again with a retry, so that a retry after a lost answer is not a second message.
     */
    public record Write(String text, UUID clientRequestId) {
    }

    public record Item(UUID id, UUID authorId, Message.AuthorRole authorRole, String text, Instant createdAt) {

        static Item of(Message m) {
            return new Item(m.id, m.authorId, m.authorRole, m.text, m.createdAt);
        }
    }

    /**
     * A page of the thread, newest first; {@code unread}: how many of the others' messages the caller had not read
     * before; {@code next}: pass it as {@code ?before=} for the older page (null: this is the oldest).
     */
    public record Thread(List<Item> items, long unread, UUID next) {

        static Thread of(MessageService.Thread thread) {
            return new Thread(thread.newest().stream().map(Item::of).toList(), thread.unread(), thread.next());
        }
    }

    /** The caller's unread messages in one patient's thread. */
    public record Unread(UUID patientId, long unread) {

        static Unread of(UnreadCount count) {
            return new Unread(count.patientId(), count.unread());
        }
    }
}
