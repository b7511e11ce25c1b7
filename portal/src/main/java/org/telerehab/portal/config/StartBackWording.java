package org.telerehab.portal.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/**
 * The words the screening and re-assessment forms show for the STarT Back Screening Tool. The tool and its wording
 * are Keele University's: the services store only item codes (items 1-8 as agree/disagree, item 9's answer code) and
 * scores, and the wording is content a clinic configures under its own licence, e.g. with environment variables
 * ({@code TELEREHAB_PORTAL_START_BACK_ITEM1}, {@code TELEREHAB_PORTAL_START_BACK_ANSWERS_VERY_MUCH}) or a
 * {@code config/application.properties} mounted from a ConfigMap. The English defaults are in the portal's
 * application.properties; a validated translation the clinic is licensed to use is configured per language under
 * {@code telerehab.portal.start-back.es.*}, {@code .fr.*} or {@code .ar.*} (all 14 keys, e.g.
 * {@code telerehab.portal.start-back.es.item1}, {@code telerehab.portal.start-back.es.answers.very-much}). Without
 * one, a patient reading that language gets the questionnaire in English, marked so.
 */
@ConfigMapping(prefix = "telerehab.portal.start-back")
public interface StartBackWording extends StartBackItems {

    Optional<StartBackItems> es();

    Optional<StartBackItems> fr();

    Optional<StartBackItems> ar();

    /** The wording configured in this language (English: the defaults), if any. */
    default Optional<StartBackItems> in(String tag) {
        return switch (tag) {
            case "en" -> Optional.of(this);
            case "es" -> es();
            case "fr" -> fr();
            case "ar" -> ar();
            default -> Optional.empty();
        };
    }
}
