package org.telerehab.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.events.codes.MovementTag.CORE_ENDURANCE;
import static org.telerehab.events.codes.MovementTag.END_RANGE;
import static org.telerehab.events.codes.MovementTag.LOADED;
import static org.telerehab.events.codes.MovementTag.LUMBAR_FLEXION;
import static org.telerehab.events.codes.MovementTag.ROTATION;
import static org.telerehab.events.codes.MovementTag.STRETCH;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.MovementTag;

class LibraryEditTest {

    @Test
    void theSafetyTagsAreTheOnesTheSafetyCheckReads() {
        assertThat(LibraryEdit.SAFETY_TAGS).containsExactlyInAnyOrder(LUMBAR_FLEXION, END_RANGE, LOADED, ROTATION);
    }

    @Test
    void droppingAnyOneSafetyTagIsReportedAndNeedsAnAdmin() {
        for (MovementTag tag : LibraryEdit.SAFETY_TAGS) {
            List<MovementTag> before = List.of(tag, STRETCH);
            assertThat(LibraryEdit.safetyTagsRemoved(before, List.of(STRETCH))).containsExactly(tag);
            assertThat(LibraryEdit.allowed(before, List.of(STRETCH), false)).as(tag.name()).isFalse();
            assertThat(LibraryEdit.allowed(before, List.of(STRETCH), true)).as(tag.name()).isTrue();
        }
    }

    @Test
    void keepingAddingOrReorderingTagsAndDroppingOtherTagsIsOpenToTherapists() {
        List<MovementTag> before = List.of(LUMBAR_FLEXION, STRETCH, CORE_ENDURANCE);

        assertThat(LibraryEdit.safetyTagsRemoved(before, List.of(CORE_ENDURANCE, STRETCH, LUMBAR_FLEXION))).isEmpty();
        assertThat(LibraryEdit.safetyTagsRemoved(before, List.of(LUMBAR_FLEXION))).isEmpty();
        assertThat(LibraryEdit.allowed(before, List.of(LUMBAR_FLEXION, END_RANGE, LOADED), false)).isTrue();
        assertThat(LibraryEdit.allowed(List.of(), List.of(ROTATION), false)).isTrue();
    }

    @Test
    void everyDroppedSafetyTagIsNamed() {
        assertThat(LibraryEdit.safetyTagsRemoved(List.of(LUMBAR_FLEXION, END_RANGE, LOADED, STRETCH), List.of(LOADED)))
                .containsExactlyInAnyOrder(LUMBAR_FLEXION, END_RANGE);
    }
}
