package org.telerehab.events.codes;

/** A screening's triage outcome (its advice to the patient); what blocks plans is the open red-flag report. */
public enum Disposition {
    EMERGENCY_REFERRAL, PHYSICIAN_REVIEW, READY_FOR_PROGRAM
}
