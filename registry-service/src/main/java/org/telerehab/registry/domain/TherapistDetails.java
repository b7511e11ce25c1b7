package org.telerehab.registry.domain;

/** A therapist's profile as the rules of {@link ProfileRules} accept it. */
public record TherapistDetails(String givenName, String familyName, String email) {

    public static TherapistDetails validated(String givenName, String familyName, String email) {
        return new TherapistDetails(ProfileRules.name("givenName", givenName),
                ProfileRules.name("familyName", familyName), ProfileRules.email(email));
    }
}
