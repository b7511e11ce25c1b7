package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.portal.config.OswestryWording;
import org.telerehab.portal.config.StartBackItems;
import org.telerehab.portal.config.StartBackWording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two questionnaires a screening and a re-assessment share, STarT Back and Oswestry: what their form shows
 * ({@code fragments/start-back}, {@code fragments/odi}) and the request body parts read back from it.
 *
 * <p>Their wording is licensed content a clinic configures per language ({@link StartBackWording},
 * {@link OswestryWording}); a language without it shows the questionnaire in English, marked so, and the page says so
 * in the patient's language.
 */
@ApplicationScoped
public class Questionnaires {

    private final StartBackWording startBackWording;
    private final OswestryWording oswestryWording;

    Questionnaires(StartBackWording startBackWording, OswestryWording oswestryWording) {
        this.startBackWording = startBackWording;
        this.oswestryWording = oswestryWording;
    }

    /** One item of a form: its number (the field is {@code sb<n>} or {@code odi<n>}) and its words. */
    @TemplateData
    public record Item(int n, String text) {
    }

    /**
     * What a form shows of both questionnaires ({@code fragments/start-back}, {@code fragments/odi}).
     *
     * @param startBack              STarT Back's items 1 to 8, answered yes or no
     * @param bothersomenessQuestion item 9, how bothersome the pain has been
     * @param bothersomeness         item 9's answers
     * @param startBackInEnglish     whether STarT Back is shown in English, the page's language having no wording
     * @param odi                    the Oswestry sections
     * @param odiInEnglish           whether the Oswestry sections are shown in English on a page in another language
     */
    @TemplateData
    public record View(List<Item> startBack, String bothersomenessQuestion,
                       List<StartBackItems.Answer> bothersomeness, boolean startBackInEnglish, List<Item> odi,
                       boolean odiInEnglish) {
    }

    /**
     * The questions of both questionnaires, in language {@code tag} when a clinic has configured their wording in it
     * ({@code startBackInEnglish} and {@code odiInEnglish} say when they are shown in English instead).
     */
    public View in(String tag) {
        Optional<StartBackItems> inLanguage = startBackWording.in(tag);
        StartBackItems sb = inLanguage.orElse(startBackWording);
        List<Item> items = new ArrayList<>();
        List<String> agree = sb.agreeItems();
        for (int i = 0; i < agree.size(); i++) {
            items.add(new Item(i + 1, agree.get(i)));
        }
        Optional<OswestryWording.Sections> sectionsInLanguage = oswestryWording.in(tag);
        List<String> sections = sectionsInLanguage.map(OswestryWording.Sections::all).orElse(Clinical.ODI_SECTIONS);
        List<Item> odi = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            odi.add(new Item(i + 1, sections.get(i)));
        }
        return new View(List.copyOf(items), sb.item9(), sb.bothersomenessAnswers(), inLanguage.isEmpty(),
                List.copyOf(odi), sectionsInLanguage.isEmpty() && !"en".equals(tag));
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
