package org.telerehab.program.domain;

import org.telerehab.events.codes.MovementTag;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may change what in the shared exercise library. The safety tags mark what a clinician must choose knowingly for
 * a back-pain patient: the safety check warns from flexion and end range, and loading and rotation are what
 * therapists filter and dose by. Removing one changes what every plan built from the exercise is warned about from
 * then on: that is for an admin (the clinic's clinical lead), not for any therapist. Adding tags, or changing anything
 * else, stays open to every therapist.
 */
public final class LibraryEdit {

    /** The tags only an admin may remove. */
    public static final Set<MovementTag> SAFETY_TAGS = EnumSet.of(MovementTag.LUMBAR_FLEXION, MovementTag.END_RANGE,
            MovementTag.LOADED, MovementTag.ROTATION);

    private LibraryEdit() {
    }

    /** The safety tags the current version has and the edit would drop (empty when none). */
    public static Set<MovementTag> safetyTagsRemoved(Collection<MovementTag> before, Collection<MovementTag> after) {
        Set<MovementTag> removed = EnumSet.noneOf(MovementTag.class);
        for (MovementTag tag : before) {
            if (SAFETY_TAGS.contains(tag) && !after.contains(tag)) {
                removed.add(tag);
            }
        }
        return removed;
    }

    /** Whether the editor may make this change: any edit for an admin; for a therapist, none that drops a safety tag. */
    public static boolean allowed(Collection<MovementTag> before, Collection<MovementTag> after, boolean byAdmin) {
        return byAdmin || safetyTagsRemoved(before, after).isEmpty();
    }
}
