package org.telerehab.portal.config;

import io.smallrye.config.ConfigMapping;

import java.util.List;

/**
 * The words the screening form shows for the STarT Back Screening Tool. The tool and its wording are Keele
 * University's: the services store only item codes (items 1-8 as agree/disagree, item 9's answer code) and scores,
 * and the wording is content a clinic configures under its own licence, e.g. with environment variables
 * ({@code TELEREHAB_PORTAL_START_BACK_ITEM1}, {@code TELEREHAB_PORTAL_START_BACK_ANSWERS_VERY_MUCH}) or a
 * {@code config/application.properties} mounted from a ConfigMap. The defaults are in the portal's
 * application.properties.
 */
@ConfigMapping(prefix = "telerehab.portal.start-back")
public interface StartBackWording {

    String item1();

    String item2();

    String item3();

    String item4();

    String item5();

    String item6();

    String item7();

    String item8();

    /** Item 9, the bothersomeness question. */
    String item9();

    /** Item 9's five answers, by the code the service stores. */
    Answers answers();

    interface Answers {
        String notAtAll();

        String slightly();

        String moderately();

        String veryMuch();

        String extremely();
    }

    /** Items 1-8 in order (the form posts them as sb1..sb8, the service receives them as booleans in this order). */
    default List<String> agreeItems() {
        return List.of(item1(), item2(), item3(), item4(), item5(), item6(), item7(), item8());
    }

    /** Item 9's answers in order: the code (API.md's enumeration) and the configured words. */
    default List<Answer> bothersomenessAnswers() {
        Answers a = answers();
        return List.of(new Answer("NOT_AT_ALL", a.notAtAll()), new Answer("SLIGHTLY", a.slightly()),
                new Answer("MODERATELY", a.moderately()), new Answer("VERY_MUCH", a.veryMuch()),
                new Answer("EXTREMELY", a.extremely()));
    }

    record Answer(String code, String label) {
    }
}
