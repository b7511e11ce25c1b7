package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a patient reads after their screening (intake-service's answer), as codes the page words in the patient's
 * language: the next step, pain types, duration and risk ({@link ClinicalWords}), and the advice chosen by the
 * disposition (the same advice intake-service sends in English).
 *
 * @param odiAnswered Oswestry sections answered (null when the questionnaire was skipped)
 * @param odiPercent  the score, null when fewer than 8 sections were answered
 */
@TemplateData
public record ScreeningResultView(Disposition disposition, List<Region> painTypes, Object baselinePain,
                                  Chronicity chronicity, Object startBackTotal, RiskLevel risk, Integer odiAnswered,
                                  Integer odiPercent, ClinicalWords.OdiBand odiBand) {

    public boolean emergency() {
        return disposition == Disposition.EMERGENCY_REFERRAL;
    }

    public boolean review() {
        return disposition == Disposition.PHYSICIAN_REVIEW;
    }

    static ScreeningResultView of(Map<String, Object> s) {
        List<Region> painTypes = new ArrayList<>();
        if (s.get("painTypes") instanceof List<?> types) {
            types.forEach(t -> {
                Region r = code(Region.class, t);
                if (r != null) {
                    painTypes.add(r);
                }
            });
        }
        Map<?, ?> startBack = s.get("startBack") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> odi = s.get("odi") instanceof Map<?, ?> m ? m : null;
        return new ScreeningResultView(code(Disposition.class, s.get("disposition")), List.copyOf(painTypes),
                s.get("baselinePain"), code(Chronicity.class, s.get("chronicity")), startBack.get("total"),
                code(RiskLevel.class, startBack.get("risk")),
                odi == null ? null : Clinical.num(odi.get("sectionsAnswered")),
                odi != null && odi.get("percent") instanceof Number n ? n.intValue() : null,
                odi == null ? null : code(ClinicalWords.OdiBand.class, odi.get("band")));
    }

    /** The constant a service's code names, or null (an unknown code is left out rather than shown raw). */
    static <E extends Enum<E>> E code(Class<E> type, Object code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.toString());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
