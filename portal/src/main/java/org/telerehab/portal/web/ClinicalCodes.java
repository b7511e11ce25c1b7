package org.telerehab.portal.web;

import io.quarkus.qute.TemplateGlobal;
import org.telerehab.events.codes.RedFlag;

import java.util.Arrays;
import java.util.List;

/** The code lists every template may name: the red flags a patient is asked about, in the contract's order. */
@TemplateGlobal
final class ClinicalCodes {

    private ClinicalCodes() {
    }

    /** Every emergency red flag: the checkboxes asked first, and the signs that end every piece of advice. */
    static List<RedFlag> emergencyFlags() {
        return Arrays.stream(RedFlag.values()).filter(RedFlag::isEmergency).toList();
    }

    /** Every red flag a doctor should check before a programme starts or changes (not an emergency). */
    static List<RedFlag> reviewFlags() {
        return Arrays.stream(RedFlag.values()).filter(f -> !f.isEmergency()).toList();
    }
}
