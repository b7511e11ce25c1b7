package org.telerehab.registry.domain;

import java.time.LocalDate;

/** A patient's profile as the rules of {@link ProfileRules} accept it. */
public record PatientDetails(String givenName, String familyName, LocalDate birthDate, String email, String phone,
                             String locale, String timeZone) {

    /** Checks every field in the order a form shows them; the first that breaks a rule is named. */
    public static PatientDetails validated(String givenName, String familyName, LocalDate birthDate, String email,
                                           String phone, String locale, String timeZone, LocalDate today) {
        return new PatientDetails(ProfileRules.name("givenName", givenName),
                ProfileRules.name("familyName", familyName), ProfileRules.birthDate(birthDate, today),
                ProfileRules.email(email), ProfileRules.phone(phone), ProfileRules.locale(locale),
                ProfileRules.timeZone(timeZone));
    }
}
