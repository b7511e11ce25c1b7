package org.telerehab.intake.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;

/** The triage rules of DOMAIN.md: duration, pain types and red-flag disposition. */
public final class Triage {

    /** Below this many weeks symptoms are acute. */
    static final int SUBACUTE_FROM_WEEKS = 6;
    /** Above this many weeks symptoms are chronic. */
    static final int CHRONIC_AFTER_WEEKS = 12;

    private Triage() {
    }

    /** Under 6 weeks acute, 6-12 weeks subacute, over 12 weeks chronic. */
    public static Chronicity chronicity(int symptomWeeks) {
        if (symptomWeeks < 0) {
            throw new InvalidScreeningAnswerException("symptomWeeks",
                    "symptomWeeks must be 0 or more, got " + symptomWeeks);
        }
        if (symptomWeeks < SUBACUTE_FROM_WEEKS) {
            return Chronicity.ACUTE;
        }
        return symptomWeeks <= CHRONIC_AFTER_WEEKS ? Chronicity.SUBACUTE : Chronicity.CHRONIC;
    }

    /**
     * The pain types (routines A-E) the patient needs: the regions they named, plus SCIATIC when
     * the pain radiates below the knee (a radiating leg pain is treated as sciatic whether or not
     * the patient ticked it). No duplicates, in {@link Region} order so results compare stably.
     */
    public static List<Region> painTypes(Collection<Region> painRegions, boolean radiatesBelowKnee) {
        requireNoNulls("painRegions", painRegions);
        EnumSet<Region> types = EnumSet.noneOf(Region.class);
        types.addAll(painRegions);
        if (radiatesBelowKnee) {
            types.add(Region.SCIATIC);
        }
        return List.copyOf(types);
    }

    /**
     * Emergency flags win over review flags: a cauda equina sign needs care now, whatever else
     * was reported.
     */
    public static Disposition disposition(Collection<RedFlag> redFlags) {
        requireNoNulls("redFlags", redFlags);
        if (redFlags.stream().anyMatch(flag -> flag.severity() == RedFlag.Severity.EMERGENCY)) {
            return Disposition.EMERGENCY_REFERRAL;
        }
        if (redFlags.stream().anyMatch(flag -> flag.severity() == RedFlag.Severity.REVIEW)) {
            return Disposition.PHYSICIAN_REVIEW;
        }
        return Disposition.READY_FOR_PROGRAM;
    }

    /** The reported flags without duplicates, in {@link RedFlag} order (emergency ones first). */
    public static List<RedFlag> distinctRedFlags(Collection<RedFlag> redFlags) {
        requireNoNulls("redFlags", redFlags);
        EnumSet<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        flags.addAll(redFlags);
        return List.copyOf(flags);
    }

    static <T> void requireNoNulls(String field, Collection<T> values) {
        if (values == null) {
            throw new InvalidScreeningAnswerException(field, field + " must be given (an empty list when none)");
        }
        // contains(null) may throw on null-hostile collections such as List.of; iterate instead.
        for (T value : new ArrayList<>(values)) {
            if (value == null) {
                throw new InvalidScreeningAnswerException(field, field + " must not contain null");
            }
        }
    }
}
