package org.telerehab.progress.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.telerehab.events.codes.RedFlag;

/**
 * What the alert rules need of one daily check-in.
 *
 * @param date     the check-in's date
 * @param pain     0-10, a pain reading
 * @param redFlags the flags reported (empty when none), kept in {@link RedFlag} order without duplicates
 */
public record CheckInFacts(LocalDate date, int pain, Set<RedFlag> redFlags) {

    public CheckInFacts {
        if (date == null) {
            throw new IllegalArgumentException("check-in date must not be null");
        }
        PainReading.requireScale("pain", pain);
        redFlags = copyOf(redFlags);
    }

    /** From the check-in as posted (a list of flags, possibly with duplicates). */
    public static CheckInFacts of(LocalDate date, int pain, Collection<RedFlag> redFlags) {
        return new CheckInFacts(date, pain, copyOf(redFlags));
    }

    public PainReading painReading() {
        return PainReading.checkIn(date, pain);
    }

    /** The reported flags that mean emergency referral now ({@link RedFlag#isEmergency()}). */
    public List<RedFlag> emergencyFlags() {
        return redFlags.stream().filter(RedFlag::isEmergency).toList();
    }

    private static Set<RedFlag> copyOf(Collection<RedFlag> flags) {
        if (flags == null) {
            throw new IllegalArgumentException("redFlags must be given (an empty collection when none)");
        }
        EnumSet<RedFlag> copy = EnumSet.noneOf(RedFlag.class);
        // contains(null) may throw on null-hostile collections such as Set.of; iterate instead.
        for (RedFlag flag : new ArrayList<>(flags)) {
            if (flag == null) {
                throw new IllegalArgumentException("redFlags must not contain null");
            }
            copy.add(flag);
        }
        return Collections.unmodifiableSet(copy);
    }
}
