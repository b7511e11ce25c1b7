package org.telerehab.engagement.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A message's text at its edges: empty, the length in characters, control characters. */
class MessageTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t ", "\r\n"})
    void blankTextIsEmpty(String text) {
        assertThat(MessageText.problem(text)).contains("must not be empty");
    }

    @Test
    void noTextIsEmpty() {
        assertThat(MessageText.problem(null)).contains("must not be empty");
        assertThat(MessageText.normalized(null)).isNull();
    }

    @Test
    void oneCharacterToFourThousandAreAMessage() {
        assertThat(MessageText.problem("x")).isEmpty();
        assertThat(MessageText.problem("x".repeat(MessageText.MAX))).isEmpty();
        assertThat(MessageText.problem("x".repeat(MessageText.MAX + 1)))
                .contains("at most 4000 characters (this one has 4001)");
    }

    @Test
    void lengthIsCountedInCodePointsAfterStripping() {
        String emoji = "\ud83d\ude00";
        assertThat(MessageText.problem(emoji.repeat(MessageText.MAX))).isEmpty();
        assertThat(MessageText.problem(emoji.repeat(MessageText.MAX + 1))).isPresent();
        assertThat(MessageText.problem("  " + "x".repeat(MessageText.MAX) + "\n ")).isEmpty();
        assertThat(MessageText.normalized("  hello\n ")).isEqualTo("hello");
    }

    @Test
    void lineBreaksAndTabsAreKeptAndAWindowsLineBreakIsOne() {
        assertThat(MessageText.problem("line one\nline two\tand a tab")).isEmpty();
        assertThat(MessageText.normalized("one\r\ntwo")).isEqualTo("one\ntwo");
        assertThat(MessageText.problem("one\r\ntwo")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\rb", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\u009fb"})
    void otherControlCharactersAreRefused(String text) {
        assertThat(MessageText.problem(text))
                .contains("must not contain control characters other than line breaks and tabs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\ud83d", "\ude00a", "a\ude00\ud83db"})
    void aLoneSurrogateIsRefused(String text) {
        assertThat(MessageText.problem(text)).contains("must be valid Unicode text (a lone surrogate)");
    }

    @Test
    void aMessageKeepsTheNormalizedTextAndRefusesAnInvalidOne() {
        UUID patient = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-06T10:15:30.123456789Z");
        Message m = Message.of(patient, patient, Message.AuthorRole.PATIENT, " hi\r\nthere ", at);
        assertThat(m.text).isEqualTo("hi\nthere");
        assertThat(m.createdAt).isEqualTo(Instant.parse("2026-12-06T10:15:30.123456Z"));
        assertThat(m.writtenByPatient()).isTrue();
        assertThat(m.id).isNotNull();
        assertThat(Message.of(patient, UUID.randomUUID(), Message.AuthorRole.THERAPIST, "ok", at).writtenByPatient())
                .isFalse();
        assertThatThrownBy(() -> Message.of(patient, patient, Message.AuthorRole.PATIENT, " ", at))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("text: must not be empty");
    }

    @Test
    void aRetryIsTheSameMessageOnlyInTheSameThreadWithTheSameText() {
        UUID patient = UUID.randomUUID();
        Message m = Message.of(patient, patient, Message.AuthorRole.PATIENT, "same", Instant.now());
        assertThat(m.sameAs(patient, " same\n")).isTrue();
        assertThat(m.sameAs(patient, "other")).isFalse();
        assertThat(m.sameAs(UUID.randomUUID(), "same")).isFalse();
    }
}
