package org.telerehab.portal.config;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/**
 * The Oswestry Disability Index's ten section names in a language other than English, as a clinic licensed to use a
 * validated translation configures them: {@code telerehab.portal.oswestry.es.section1} ... {@code section10} (and
 * {@code .fr.}, {@code .ar.}). Without them, a patient reading that language gets the sections in English, marked
 * so. The English names are the portal's ({@code Clinical.ODI_SECTIONS}).
 */
@ConfigMapping(prefix = "telerehab.portal.oswestry")
public interface OswestryWording {

    Optional<Sections> es();

    Optional<Sections> fr();

    Optional<Sections> ar();

    /** The sections configured in this language, if any (none for English: the portal's own). */
    default Optional<Sections> in(String tag) {
        return switch (tag) {
            case "es" -> es();
            case "fr" -> fr();
            case "ar" -> ar();
            default -> Optional.empty();
        };
    }

    interface Sections {
        String section1();

        String section2();

        String section3();

        String section4();

        String section5();

        String section6();

        String section7();

        String section8();

        String section9();

        String section10();

        default List<String> all() {
            return List.of(section1(), section2(), section3(), section4(), section5(), section6(), section7(),
                    section8(), section9(), section10());
        }
    }
}
