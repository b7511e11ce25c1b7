package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.EmergencySigns;
import org.telerehab.events.codes.RedFlag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Why a patient's programme is on hold, as codes the page words in the patient's language
 * ({@code fragments/programme-hold}: {@link Messages#holdHeadline}, what to do now, ending with every emergency sign,
 * {@link EmergencySigns}). It is on hold while any red-flag report is open (a doctor must check the patient before a
 * new plan starts) or while the plan is paused.
 *
 * @param reason     why, which also says what to do now
 * @param reportedAt when the newest open report was made (null when no report is open, or it has no time)
 * @param flags      what the patient reported, in the contract's order (empty when the reason is not a report)
 * @param otherFlags codes of the reports this portal does not know, as they came
 */
@TemplateData
public record ProgrammeHold(Reason reason, Instant reportedAt, List<RedFlag> flags, List<String> otherFlags) {

    public enum Reason {
        /** an emergency sign is open: no exercise, seek care now */
        EMERGENCY,
        /** the plan is paused and nothing is open: a doctor has checked the patient, a new plan is to come */
        PAUSED_CLEARED,
        /** the plan is paused and a review flag is still open */
        PAUSED_OPEN,
        /** a review flag is open and the plan runs on: gently, no new programme until a doctor has checked */
        REVIEW_PLAN_RUNS,
        /** a review flag is open and there is no running plan: none starts until a doctor has checked */
        REVIEW_NO_PLAN
    }

    /** The patient must not exercise and should seek care now (shown as an emergency). */
    public boolean emergency() {
        return reason == Reason.EMERGENCY;
    }

    /**
     * The hold for this plan (null when the patient has none) and these red-flag reports (the patient's history, as
     * program-service answers it), or null when the programme is not on hold.
     */
    public static ProgrammeHold of(Map<String, Object> plan, List<Map<String, Object>> reports) {
        List<Map<String, Object>> open = reports.stream().filter(r -> !"CLEARED".equals(r.get("state"))).toList();
        boolean paused = plan != null && "PAUSED".equals(plan.get("status"));
        boolean activePlan = plan != null && "ACTIVE".equals(plan.get("status"));
        String severity = Clinical.mostSevereOpen(open);
        Reason reason;
        if ("EMERGENCY".equals(severity)) {
            reason = Reason.EMERGENCY;
        } else if (paused) {
            reason = open.isEmpty() ? Reason.PAUSED_CLEARED : Reason.PAUSED_OPEN;
        } else if ("REVIEW".equals(severity)) {
            reason = activePlan ? Reason.REVIEW_PLAN_RUNS : Reason.REVIEW_NO_PLAN;
        } else {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Map<String, Object> r : open) {
            if (r.get("flags") instanceof List<?> flags) {
                flags.forEach(f -> codes.add(String.valueOf(f)));
            }
        }
        List<RedFlag> known = Arrays.stream(RedFlag.values()).filter(f -> codes.remove(f.name())).toList();
        List<String> other = new ArrayList<>();
        codes.forEach(c -> other.add(c.replace('_', ' ').toLowerCase(java.util.Locale.ROOT)));
        return new ProgrammeHold(reason, newest(open), known, List.copyOf(other));
    }

    private static Instant newest(List<Map<String, Object>> open) {
        return open.stream().map(r -> Clinical.instant(r.get("reportedAt"))).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }
}
