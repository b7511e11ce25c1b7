package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.web.StaffCodes.PlanStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The therapist's page of one patient: red flags, alerts, the latest screening, progress, the current plan and the
 * care forms. A part a service could not answer is null with its problem beside it.
 *
 * @param notice    what the last action did (query parameters of the redirect)
 * @param problem   a refused form on this page, said at its top
 * @param note      the clearance note to show again after a refusal
 * @param reason    the discharge reason to show again after a refusal
 */
@TemplateData
public record TherapistPatientView(UUID patientId, String who, Notice notice, Api.Problem problem, String note,
                                   String reason, List<Colleague> colleagues, List<RedFlagView> redFlags,
                                   Api.Problem redFlagProblem, List<Alert> alerts, Screening screening,
                                   int screeningCount, Api.Problem screeningProblem, ProgressView progress,
                                   Api.Problem progressProblem, Plan plan, Api.Problem planProblem) {

    public long openRedFlags() {
        return redFlags == null ? 0 : redFlags.stream().filter(RedFlagView::open).count();
    }

    /** What the action before this page did: a plan version assigned, reports cleared, and so on. */
    @TemplateData
    public record Notice(Integer assigned, boolean resolved, Integer cleared, boolean acknowledged,
                         boolean discharged) {

        static final Notice NONE = new Notice(null, false, null, false, false);
    }

    @TemplateData
    public record Colleague(String id, String name) {

        static List<Colleague> all(List<Map<String, Object>> therapists) {
            return therapists.stream().map(t -> new Colleague(String.valueOf(t.get("id")),
                    String.valueOf(t.get("name")))).toList();
        }
    }

    /** An open alert; {@code detail} is progress-service's own text, in English. */
    @TemplateData
    public record Alert(String id, AlertType type, Instant raisedAt, String detail) {

        static List<Alert> all(Object alerts) {
            List<Alert> out = new ArrayList<>();
            for (Map<String, Object> a : maps(alerts)) {
                out.add(new Alert(String.valueOf(a.get("id")), StaffCodes.code(AlertType.class, a.get("type")),
                        Clinical.instant(a.get("raisedAt")), a.get("detail") == null ? null
                        : a.get("detail").toString()));
            }
            return out;
        }
    }

    /** The latest screening (intake-service). */
    @TemplateData
    public record Screening(Disposition disposition, List<Region> painTypes, Chronicity chronicity,
                            Object baselinePain, Object startBackTotal, Object startBackPsychosocial,
                            RiskLevel startBackRisk, boolean odiAnswered, Object odiPercent, Object odiBand,
                            Object odiSections, List<RedFlag> redFlags, Instant submittedAt) {

        static Screening of(Map<String, Object> s) {
            Map<String, Object> startBack = map(s.get("startBack"));
            Map<String, Object> odi = map(s.get("odi"));
            return new Screening(StaffCodes.code(Disposition.class, s.get("disposition")),
                    StaffCodes.codes(Region.class, s.get("painTypes")),
                    StaffCodes.code(Chronicity.class, s.get("chronicity")), s.get("baselinePain"),
                    startBack.get("total"), startBack.get("psychosocial"),
                    StaffCodes.code(RiskLevel.class, startBack.get("risk")), s.get("odi") != null,
                    odi.get("percent"), odi.get("band"), odi.get("sectionsAnswered"),
                    StaffCodes.codes(RedFlag.class, s.get("redFlags")), Clinical.instant(s.get("submittedAt")));
        }
    }

    /** The active plan; exercise names are program-service's, in English. */
    @TemplateData
    public record Plan(Object version, PlanStatus status, Object sessionsPerWeek, LocalDate startDate,
                       List<Item> items) {

        static Plan of(Map<String, Object> plan) {
            List<Item> items = new ArrayList<>();
            for (Map<String, Object> item : maps(plan.get("items"))) {
                Object name = map(item.get("exercise")).getOrDefault("name", "Exercise");
                items.add(new Item(String.valueOf(name), Clinical.num(item.get("sets")),
                        Clinical.num(item.get("reps")), Clinical.num(item.get("holdSeconds")),
                        Clinical.num(item.get("notWithinMinutesOfWaking"))));
            }
            return new Plan(plan.get("version"), StaffCodes.code(PlanStatus.class, plan.get("status")),
                    plan.get("sessionsPerWeek"), date(plan.get("startDate")), items);
        }
    }

    @TemplateData
    public record Item(String name, int sets, int reps, int holdSeconds, int wakingMinutes) {
    }

    static LocalDate date(Object iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso.toString());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** A JSON list's items as strings. */
    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Map<String, Object>> maps(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(o -> out.add(map(o)));
        }
        return out;
    }
}
