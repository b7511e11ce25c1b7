package org.telerehab.engagement.domain;

import java.util.UUID;

/** How many of the others' messages in a patient's thread one reader has not read. */
public record UnreadCount(UUID patientId, long unread) {
}
