package org.telerehab.intake.domain;

/** Oswestry Disability Index bands, by rounded percentage. */
public enum OdiBand {
    MINIMAL, MODERATE, SEVERE, CRIPPLED, BED_BOUND;

    /** 0-20 minimal, 21-40 moderate, 41-60 severe, 61-80 crippled, 81-100 bed-bound. */
    public static OdiBand forPercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("ODI percent must be between 0 and 100, got " + percent);
        }
        if (percent <= 20) {
            return MINIMAL;
        }
        if (percent <= 40) {
            return MODERATE;
        }
        if (percent <= 60) {
            return SEVERE;
        }
        if (percent <= 80) {
            return CRIPPLED;
        }
        return BED_BOUND;
    }
}
