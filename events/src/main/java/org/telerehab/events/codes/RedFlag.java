package org.telerehab.events.codes;

import java.util.Collection;
import java.util.Optional;

/** Red flags (NICE NG59, IFOMPT 2020) with the urgency each one carries. */
public enum RedFlag {
    BLADDER_BOWEL_CHANGE(Severity.EMERGENCY),
    SADDLE_NUMBNESS(Severity.EMERGENCY),
    SEVERE_LEG_WEAKNESS(Severity.EMERGENCY),
    WORSENING_NUMBNESS(Severity.EMERGENCY),
    SEXUAL_DYSFUNCTION(Severity.EMERGENCY),
    /** Added in 1.1: symptoms in both legs (a cauda equina sign, NICE NG59). */
    BILATERAL_LEG_SYMPTOMS(Severity.EMERGENCY),
    /** Added in 1.1, for neck pain: dizziness, double vision, trouble speaking or swallowing, drop attacks. */
    CERVICAL_ARTERY_SIGNS(Severity.EMERGENCY),
    HISTORY_OF_CANCER(Severity.REVIEW),
    UNEXPLAINED_WEIGHT_LOSS(Severity.REVIEW),
    FEVER(Severity.REVIEW),
    SIGNIFICANT_TRAUMA(Severity.REVIEW),
    NIGHT_PAIN(Severity.REVIEW),
    /** Added in 1.1: long-term steroids or immunosuppression. */
    STEROID_OR_IMMUNOSUPPRESSION(Severity.REVIEW),
    /** Added in 1.1. */
    IV_DRUG_USE(Severity.REVIEW),
    /** Added in 1.1. */
    OSTEOPOROSIS(Severity.REVIEW),
    /** Added in 1.1: constant, progressive, non-mechanical pain. */
    CONSTANT_PROGRESSIVE_PAIN(Severity.REVIEW),
    /** Added in 1.1, for neck pain: clumsy hands, unsteady walking. */
    CERVICAL_MYELOPATHY_SIGNS(Severity.REVIEW);

    public enum Severity {
        /** Emergency referral now: stop exercising and seek care. */
        EMERGENCY,
        /** Physician review before any programme. */
        REVIEW
    }

    private final Severity severity;

    RedFlag(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public boolean isEmergency() {
        return severity == Severity.EMERGENCY;
    }

    /**
     * The severity of a report holding these flags: EMERGENCY when any flag is one, otherwise REVIEW; empty when
     * there is no flag at all.
     */
    public static Optional<Severity> severityOf(Collection<RedFlag> flags) {
        if (flags == null || flags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(flags.stream().anyMatch(RedFlag::isEmergency)
                ? Severity.EMERGENCY : Severity.REVIEW);
    }
}
