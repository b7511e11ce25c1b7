package org.telerehab.portal.web;

import io.quarkus.qute.TemplateInstance;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;

import java.util.UUID;

/**
 * Whether a patient's programme is on hold (a red-flag report open, or the plan paused), why and what to do now, as
 * the patient's pages say it ({@code fragments/programme-hold}); when the patient's status cannot be read,
 * {@code unknown} says so and the page still lists every emergency sign.
 *
 * @param hold    why the programme is on hold; null when it is not (or when that is unknown)
 * @param unknown whether the plan or the red-flag reports could not be read
 */
record HoldStatus(ProgrammeHold hold, boolean unknown) {

    /** The hold of the patient whose plan program-service answered with {@code plan}. */
    static HoldStatus of(Api.Result plan, ProgramClient program, UUID patient) {
        if (!plan.ok() && plan.status() != 404) {
            return new HoldStatus(null, true);
        }
        Api.Result reports = Api.call("program service", () -> program.redFlags(patient));
        if (!reports.ok()) {
            return new HoldStatus(null, true);
        }
        return new HoldStatus(ProgrammeHold.of(plan.ok() ? plan.map() : null, reports.list()), false);
    }

    boolean stopsExercise() {
        return hold != null || unknown;
    }

    /** The page with what {@code fragments/programme-hold} reads: {@code hold}, or {@code holdUnknown}. */
    TemplateInstance addTo(TemplateInstance page) {
        return unknown ? page.data("holdUnknown", true) : page.data("hold", hold);
    }
}
