package org.telerehab.events.codes;

/** Red flags (NICE NG59, IFOMPT 2020) with the urgency each one carries. */
public enum RedFlag {
    BLADDER_BOWEL_CHANGE(Severity.EMERGENCY),
    SADDLE_NUMBNESS(Severity.EMERGENCY),
    SEVERE_LEG_WEAKNESS(Severity.EMERGENCY),
    WORSENING_NUMBNESS(Severity.EMERGENCY),
    SEXUAL_DYSFUNCTION(Severity.EMERGENCY),
    HISTORY_OF_CANCER(Severity.REVIEW),
    UNEXPLAINED_WEIGHT_LOSS(Severity.REVIEW),
    FEVER(Severity.REVIEW),
    SIGNIFICANT_TRAUMA(Severity.REVIEW),
    NIGHT_PAIN(Severity.REVIEW);

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
}
