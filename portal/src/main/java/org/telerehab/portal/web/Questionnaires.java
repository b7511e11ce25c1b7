package org.telerehab.portal.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.portal.config.StartBackWording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two questionnaires a screening and a re-assessment share, STarT Back and Oswestry: what their form shows
 * ({@code fragments/start-back}, {@code fragments/odi}) and the request body parts read back from it.
 */
@ApplicationScoped
public class Questionnaires {

    private final StartBackWording startBackWording;

    Questionnaires(StartBackWording startBackWording) {
        this.startBackWording = startBackWording;
    }

    /** The questions of both questionnaires, for the form's fragments. */
    public TemplateInstance addTo(TemplateInstance page) {
        List<Map<String, Object>> sb = new ArrayList<>();
        List<String> items = startBackWording.agreeItems();
        for (int i = 0; i < items.size(); i++) {
            sb.add(Map.of("n", i + 1, "text", items.get(i)));
        }
        List<Map<String, Object>> answers = new ArrayList<>();
        startBackWording.bothersomenessAnswers()
                .forEach(a -> answers.add(Map.of("code", a.code(), "label", a.label())));
        List<Map<String, Object>> odi = new ArrayList<>();
        for (int i = 0; i < Clinical.ODI_SECTIONS.size(); i++) {
            odi.add(Map.of("n", i + 1, "text", Clinical.ODI_SECTIONS.get(i)));
        }
        return page.data("startBack", sb)
                .data("bothersomenessQuestion", startBackWording.item9())
                .data("bothersomeness", answers)
                .data("odi", odi);
    }

    /** {@code {items: [8 booleans], bothersomeness}} as ticked (an untouched item 9 is "not at all"). */
    public static Map<String, Object> startBack(Form form) {
        List<Boolean> items = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            items.add("yes".equals(form.text("sb" + i)));
        }
        return Map.of("items", items,
                "bothersomeness", form.text("bothersomeness") == null ? "NOT_AT_ALL" : form.text("bothersomeness"));
    }

    /** The 10 Oswestry sections (null where skipped), or null when every one was skipped. */
    public static List<Object> odi(Form form) {
        List<Object> odi = new ArrayList<>();
        boolean anyOdi = false;
        for (int i = 1; i <= 10; i++) {
            Object v = form.number("odi" + i);
            anyOdi |= v != null;
            odi.add(v);
        }
        return anyOdi ? odi : null;
    }
}
