package org.telerehab.program.domain;

/** A patient's plans are numbered 1, 2, ...; a new plan supersedes the active one with the next number. */
public final class PlanVersioning {

    public static final int FIRST_VERSION = 1;

    private PlanVersioning() {
    }

    /**
     * The version of a new plan.
     *
     * @param currentVersion the version of the patient's latest plan (active or paused), {@code null} when
     *                       they have none
     */
    public static int nextVersion(Integer currentVersion) {
        if (currentVersion == null) {
            return FIRST_VERSION;
        }
        if (currentVersion < FIRST_VERSION) {
            throw new IllegalArgumentException("a plan version is 1 or more, got " + currentVersion);
        }
        return Math.addExact(currentVersion, 1);
    }
}
