package org.telerehab.registry.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telerehab.events.codes.NotificationKind;
import org.telerehab.registry.service.NotificationMailText.Reader;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationMailTextTest {

    private static final String LINK = "https://telerehab.example.org/notifications";

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ar"})
    void everyMailedKindHasItsOwnSentenceTheLinkAndNoNumber(String language) {
        Set<String> subjects = new HashSet<>();
        for (NotificationKind kind : NotificationKind.values()) {
            for (Reader reader : Reader.values()) {
                NotificationMailText.of(kind, reader, language, LINK).ifPresent(mail -> {
                    subjects.add(mail.subject());
                    assertThat(mail.subject()).isNotBlank().doesNotContain("\n").doesNotEndWith(".");
                    assertThat(mail.body()).startsWith(mail.subject()).contains("\n" + LINK + "\n")
                            .endsWith("\n");
                    assertThat(mail.body().replace(LINK, "")).doesNotContainPattern("\\d");
                });
            }
        }
        // six kinds are mailed, and a new message reads differently for each side
        assertThat(subjects).hasSize(7);
    }

    @Test
    void aMicroBreakIsNeverMailed() {
        for (Reader reader : Reader.values()) {
            assertThat(NotificationMailText.of(NotificationKind.MICRO_BREAK, reader, "en", LINK)).isEmpty();
        }
    }

    @Test
    void eachLanguageHasItsOwnWordsAndAnyOtherReadsEnglish() {
        String english = sessionDue("en");
        assertThat(english).isEqualTo("It's time for today's exercises");
        assertThat(sessionDue("es")).isEqualTo("Es hora de hacer los ejercicios de hoy");
        assertThat(sessionDue("fr")).isEqualTo("C’est l’heure des exercices du jour");
        assertThat(sessionDue("ar")).isEqualTo("حان وقت تمارين اليوم");
        assertThat(sessionDue("ES")).isEqualTo(sessionDue("es"));
        assertThat(Arrays.asList(sessionDue("de"), sessionDue(""), sessionDue(null))).containsOnly(english);
    }

    @Test
    void aNewMessageComesFromTheOtherSide() {
        assertThat(NotificationMailText.of(NotificationKind.NEW_MESSAGE, Reader.PATIENT, "en", LINK).orElseThrow()
                .subject()).isEqualTo("You have a new message from your therapist");
        assertThat(NotificationMailText.of(NotificationKind.NEW_MESSAGE, Reader.THERAPIST, "en", LINK).orElseThrow()
                .subject()).isEqualTo("You have a new message from a patient");
    }

    @Test
    void theLinkIsThePortalsPageOfNotificationsWithOrWithoutTheFinalSlash() {
        assertThat(NotificationMailText.link("https://telerehab.example.org/")).isEqualTo(LINK);
        assertThat(NotificationMailText.link("https://telerehab.example.org")).isEqualTo(LINK);
    }

    private static String sessionDue(String language) {
        return NotificationMailText.of(NotificationKind.SESSION_DUE, Reader.PATIENT, language, LINK).orElseThrow()
                .subject();
    }
}
