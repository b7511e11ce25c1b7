package org.telerehab.kit.security;

/** The realm roles of the contract, as they appear in the token's {@code groups} claim. */
public final class Roles {
    public static final String PATIENT = "patient";
    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
