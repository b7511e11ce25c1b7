package org.telerehab.events.codes;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The patient's words for each emergency red flag, and the one sentence that lists them all. Every piece of advice a
 * patient reads (after a screening of any disposition, after a check-in) ends with {@link #ALL}, so nobody is told
 * about only some of the signs (NICE NG59). The bladder and bowel wording names the early signs, not only a loss of
 * control: cauda equina is best treated before control is lost.
 */
public final class EmergencySigns {

    /** Every emergency sign, in {@link RedFlag} order, with what to do. */
    public static final String ALL = "Stop exercising and seek medical care now, at an urgent care or emergency "
            + "department or by calling your local emergency number, if you notice any of these: "
            + Arrays.stream(RedFlag.values()).filter(RedFlag::isEmergency).map(EmergencySigns::describe)
            .collect(Collectors.joining("; ")) + ".";

    private EmergencySigns() {
    }

    /** What an emergency flag means, in the patient's words. */
    public static String describe(RedFlag flag) {
        if (flag == null || !flag.isEmergency()) {
            throw new IllegalArgumentException("not an emergency red flag: " + flag);
        }
        return switch (flag) {
            case BLADDER_BOWEL_CHANGE -> "changes when you pass urine or stool: trouble starting, not feeling the need"
                    + " to go, a weak stream, not feeling urine or stool pass, or losing control of your bladder or"
                    + " bowel";
            case SADDLE_NUMBNESS -> "numbness or tingling around your genitals, bottom or inner thighs (where you"
                    + " would sit on a saddle)";
            case SEVERE_LEG_WEAKNESS -> "severe or new weakness in a leg";
            case WORSENING_NUMBNESS -> "numbness in your legs that keeps getting worse";
            case SEXUAL_DYSFUNCTION -> "new problems with sexual function, such as losing sensation";
            case BILATERAL_LEG_SYMPTOMS -> "pain, pins and needles, numbness or weakness in both legs";
            case CERVICAL_ARTERY_SIGNS -> "dizziness, double vision, trouble speaking or swallowing, or suddenly"
                    + " falling to the ground (especially with neck pain)";
            default -> throw new IllegalArgumentException("not an emergency red flag: " + flag);
        };
    }
}
