package org.telerehab.portal.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which language a page is shown in: the user's when its template is translated, English otherwise; and every page
 * of the portal is translated (the line "not translated yet" is tested on a page of the tests,
 * {@link UntranslatedTestPage}).
 */
class PortalLanguageTest {

    /** A Spanish speaker's language, chosen already (no request to ask). */
    private static PortalLanguage spanish() throws ReflectiveOperationException {
        PortalLanguage language = new PortalLanguage();
        Field chosen = PortalLanguage.class.getDeclaredField("chosen");
        chosen.setAccessible(true);
        chosen.set(language, "es");
        return language;
    }

    @Test
    void aTranslatedPageIsInTheUsersLanguageAnyOtherInEnglish() throws ReflectiveOperationException {
        PortalLanguage language = spanish();
        assertThat(language.tag()).isEqualTo("es");
        assertThat(language.tagFor("therapist/exercise-editor")).isEqualTo("es");
        assertThat(language.tagFor("patient/home")).isEqualTo("es");
        assertThat(language.tagFor(UntranslatedTestPage.TEMPLATE)).isEqualTo("en");
        assertThat(language.tagFor("therapist/a-page-added-tomorrow")).isEqualTo("en");
    }

    @Test
    void everyPageOfThePortalIsTranslated() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        List<String> pages;
        try (Stream<Path> files = Files.walk(root)) {
            pages = files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/').replaceFirst("\\.html$", ""))
                    // the layout and the fragments are parts of pages; the PDF has its own language (Latin fonts)
                    .filter(t -> !t.equals("base") && !t.startsWith("fragments/")
                            && !t.equals("therapist/discharge-summary-pdf"))
                    .sorted().toList();
        }
        assertThat(pages).contains("therapist/exercise-editor", "patient/home");
        assertThat(PortalLanguage.TRANSLATED).containsAll(pages);
    }
}
