package org.telerehab.portal.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The codes the staff pages show that have no enum in {@code events} (program-service's own), and reading a service's
 * code as an enum: a code this portal does not know is left out rather than shown raw.
 */
public final class StaffCodes {

    private StaffCodes() {
    }

    /** A worklist entry's status (program-service). */
    public enum CareStatus {
        NEW, IN_CARE, BLOCKED, PLAN_ACTIVE, PAUSED
    }

    /** Where a red flag was reported. */
    public enum ReportSource {
        SCREENING, CHECK_IN
    }

    /** A plan's status (program-service). */
    public enum PlanStatus {
        ACTIVE, PAUSED, SUPERSEDED, COMPLETED
    }

    /** A patient profile's status (registry-service). */
    public enum ProfileStatus {
        INVITED, ACTIVE, DISCHARGED
    }

    /** A warning of program-service's safety check of a plan (its {@code WarningCode}). */
    public enum SafetyWarning {
        FLEXION_WITH_SCIATIC, MORNING_FLEXION, INTENSITY_OVER_CAP, FLEXION_STRETCH_FOR_BACK_PAIN, END_RANGE_WITH_SCIATIC
    }

    /** {@code value} (a service's JSON string) as a constant of {@code type}, or null. */
    public static <E extends Enum<E>> E code(Class<E> type, Object value) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.toString())) {
                return e;
            }
        }
        return null;
    }

    /** The codes of a JSON list this portal does not know, in order, as they came. */
    public static <E extends Enum<E>> List<String> unknown(Class<E> type, Object values) {
        List<String> out = new ArrayList<>();
        if (values instanceof List<?> list) {
            for (Object v : list) {
                if (v != null && code(type, v) == null) {
                    out.add(v.toString());
                }
            }
        }
        return out;
    }

    /** Every code of a JSON list this portal knows, in order. */
    public static <E extends Enum<E>> List<E> codes(Class<E> type, Object values) {
        List<E> out = new ArrayList<>();
        if (values instanceof List<?> list) {
            for (Object v : list) {
                E e = code(type, v);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
