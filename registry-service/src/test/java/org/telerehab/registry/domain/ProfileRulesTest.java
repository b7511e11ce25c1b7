package org.telerehab.registry.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aNameIsTrimmedAndMayHoldApostrophesHyphensDotsAndAnyScript() {
        assertThat(ProfileRules.name("givenName", "  Jean-Luc ")).isEqualTo("Jean-Luc");
        assertThat(ProfileRules.name("familyName", "O'Neil")).isEqualTo("O'Neil");
        assertThat(ProfileRules.name("givenName", "J. R.")).isEqualTo("J. R.");
        assertThat(ProfileRules.name("familyName", "العلي")).isEqualTo("العلي");
        assertThat(ProfileRules.name("givenName", "x".repeat(100))).hasSize(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<b>", "a;b", "Ann & Bo", "a/b", "a(b)", "12345", "--", "a\tb", "Ann\u202Ee",
        "\u2067Bo", "\u202AAnn", "\u2066Ann", "Ann\u2069"})
    void aNameThatIsBlankHasNoLetterOrHoldsMarkupCharactersIsRefusedNamingTheField(String name) {
        assertThatThrownBy(() -> ProfileRules.name("familyName", name)).isInstanceOf(InvalidProfileException.class)
                .extracting("field").isEqualTo("familyName");
    }

    @Test
    void aNameOverAHundredCharactersOrMissingIsRefused() {
        assertThatThrownBy(() -> ProfileRules.name("givenName", "x".repeat(101)))
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> ProfileRules.name("givenName", null)).hasMessage("is required");
    }

    @Test
    void anEmailIsKeptInLowerCaseAndMustBeDeliverable() {
        assertThat(ProfileRules.email(" Maria.Q@Example.ORG ")).isEqualTo("maria.q@example.org");
        assertThat(ProfileRules.email("a@b.co")).isEqualTo("a@b.co");
        for (String bad : new String[] {"maria", "maria@", "@example.org", "maria@example", "ma ria@example.org",
                "maria@@example.org", "maria@example.", "maria@.org", "a@b.c\u0000"}) {
            assertThatThrownBy(() -> ProfileRules.email(bad)).as(bad).isInstanceOf(InvalidProfileException.class)
                    .extracting("field").isEqualTo("email");
        }
        assertThatThrownBy(() -> ProfileRules.email("a".repeat(243) + "@example.org")).as("255 characters")
                .isInstanceOf(InvalidProfileException.class);
        assertThat(ProfileRules.email("a".repeat(242) + "@example.org")).as("254 characters").hasSize(254);
    }

    @Test
    void aPhoneIsOptionalAndHasSixToFifteenDigits() {
        assertThat(ProfileRules.phone(null)).isNull();
        assertThat(ProfileRules.phone("  ")).isNull();
        assertThat(ProfileRules.phone("+1 (555) 010-1234")).isEqualTo("+1 (555) 010-1234");
        assertThat(ProfileRules.phone("123456")).isEqualTo("123456");
        assertThat(ProfileRules.phone("123456789012345")).isEqualTo("123456789012345");
        for (String bad : new String[] {"12345", "1234567890123456", "call me", "+", "++123456", "12345x6"}) {
            assertThatThrownBy(() -> ProfileRules.phone(bad)).as(bad).isInstanceOf(InvalidProfileException.class)
                    .extracting("field").isEqualTo("phone");
        }
    }

    @Test
    void theLanguagesAreTheFourThePortalSpeaks() {
        for (String locale : new String[] {"en", "es", "fr", "ar"}) {
            assertThat(ProfileRules.locale(locale)).isEqualTo(locale);
        }
        for (String bad : new String[] {"de", "EN", "en-US", "", "e"}) {
            assertThatThrownBy(() -> ProfileRules.locale(bad)).as(bad).isInstanceOf(InvalidProfileException.class)
                    .extracting("field").isEqualTo("locale");
        }
        assertThatThrownBy(() -> ProfileRules.locale(null)).hasMessage("is required");
    }

    @Test
    void aTimeZoneIsAnIanaZone() {
        assertThat(ProfileRules.timeZone("America/Los_Angeles")).isEqualTo("America/Los_Angeles");
        assertThat(ProfileRules.timeZone("Australia/Brisbane")).isEqualTo("Australia/Brisbane");
        for (String bad : new String[] {"Mars/Olympus", "+05:00", "PST", "america/los_angeles", ""}) {
            assertThatThrownBy(() -> ProfileRules.timeZone(bad)).as(bad).isInstanceOf(InvalidProfileException.class)
                    .extracting("field").isEqualTo("timeZone");
        }
    }

    @Test
    void aBirthDateIsNotInTheFutureNorOverOneHundredThirtyYearsAgo() {
        assertThat(ProfileRules.birthDate(TODAY, TODAY)).as("born today").isEqualTo(TODAY);
        assertThat(ProfileRules.birthDate(TODAY.minusYears(130), TODAY)).isEqualTo(TODAY.minusYears(130));
        assertThatThrownBy(() -> ProfileRules.birthDate(TODAY.plusDays(1), TODAY))
                .hasMessage("must not be in the future").extracting("field").isEqualTo("birthDate");
        assertThatThrownBy(() -> ProfileRules.birthDate(TODAY.minusYears(130).minusDays(1), TODAY))
                .isInstanceOf(InvalidProfileException.class);
        assertThatThrownBy(() -> ProfileRules.birthDate(null, TODAY)).hasMessage("is required");
    }
}
