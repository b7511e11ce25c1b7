package org.telerehab.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.TimeType;
import org.hl7.fhir.r4.model.Type;
import org.telerehab.intake.domain.Screening;
import org.telerehab.intake.domain.ScreeningAnswers;

import java.util.Date;
import java.util.List;

/**
 * A screening as a FHIR R4 QuestionnaireResponse: the answers as given, by item code (Keele's STarT Back wording
 * is licensed content, so items carry codes and scores, not text).
 */
@ApplicationScoped
public class QuestionnaireResponseMapper {

    public static final String QUESTIONNAIRE = "https://telerehab.org/fhir/Questionnaire/back-pain-screening|1";
    static final String CODES = "https://telerehab.org/fhir/CodeSystem/";

    public QuestionnaireResponse toFhir(Screening screening) {
        ScreeningAnswers a = screening.answers;
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(screening.id.toString());
        response.setQuestionnaire(QUESTIONNAIRE);
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference("Patient/" + screening.patientId));
        response.setAuthoredElement(new DateTimeType(Date.from(screening.submittedAt)));

        response.addItem(item("painRegions", "Where is your pain?",
                a.painRegions().stream().map(r -> (Type) coding("pain-region", r.name())).toList()));
        response.addItem(item("radiatesBelowKnee", "Does the pain spread below the knee?",
                List.of(new BooleanType(a.radiatesBelowKnee()))));
        response.addItem(item("painNow", "Pain now (NPRS 0-10)", List.of(new IntegerType(a.painNow()))));
        response.addItem(item("painAverageWeek", "Average pain over the last week (NPRS 0-10)",
                List.of(new IntegerType(a.painAverageWeek()))));
        response.addItem(item("symptomWeeks", "Weeks with these symptoms", List.of(new IntegerType(a.symptomWeeks()))));
        response.addItem(item("redFlags", "Warning signs",
                a.redFlags().stream().map(f -> (Type) coding("red-flag", f.name())).toList()));

        QuestionnaireResponseItemComponent startBack = new QuestionnaireResponseItemComponent().setLinkId("startBack")
                .setText("STarT Back Screening Tool");
        for (int i = 0; i < a.startBackItems().size(); i++) {
            startBack.addItem(item("startBack." + (i + 1), null, List.of(new BooleanType(a.startBackItems().get(i)))));
        }
        startBack.addItem(item("startBack.9", null, List.of(coding("start-back-bothersomeness",
                a.bothersomeness().name()))));
        response.addItem(startBack);

        if (a.odi() != null) {
            QuestionnaireResponseItemComponent odi = new QuestionnaireResponseItemComponent().setLinkId("odi")
                    .setText("Oswestry Disability Index");
            for (int i = 0; i < a.odi().size(); i++) {
                Integer section = a.odi().get(i);
                if (section != null) { // a skipped section has no answer
                    odi.addItem(item("odi." + (i + 1), null, List.of(new IntegerType(section))));
                }
            }
            response.addItem(odi);
        }
        if (a.wakeTime() != null) {
            response.addItem(item("wakeTime", "Usual wake time", List.of(new TimeType(a.wakeTime() + ":00"))));
        }
        return response;
    }

    private static QuestionnaireResponseItemComponent item(String linkId, String text, List<Type> answers) {
        QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent().setLinkId(linkId);
        if (text != null) {
            item.setText(text);
        }
        answers.forEach(value -> item.addAnswer().setValue(value));
        return item;
    }

    private static Coding coding(String system, String code) {
        return new Coding(CODES + system, code, null);
    }
}
