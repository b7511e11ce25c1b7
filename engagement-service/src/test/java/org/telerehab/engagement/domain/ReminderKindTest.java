package org.telerehab.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.NotificationKind;

/** The planner's kinds are the contract's: a reminder becomes a notification by its kind's name. */
class ReminderKindTest {

    @Test
    void theKindsAreTheContractsNotificationKinds() {
        assertThat(Arrays.stream(ReminderKind.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(NotificationKind.values()).map(Enum::name).toList());
    }
}
