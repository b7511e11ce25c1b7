package org.telerehab.portal.config;

import java.util.List;

/** STarT Back's wording in one language: items 1-8, item 9 (the bothersomeness question) and item 9's answers. */
public interface StartBackItems {

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

    @io.quarkus.qute.TemplateData
    record Answer(String code, String label) {
    }
}
