package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.AlertType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An alert a session or check-in raised, as the patient is told of it (Messages#alertName, #alertAdvice). */
@TemplateData
public record RaisedAlert(AlertType type, boolean emergency) {

    /** The alerts of a logging answer's {@code alertsRaised} (codes); a code this portal does not know is left out. */
    static List<RaisedAlert> all(Object raised) {
        List<RaisedAlert> out = new ArrayList<>();
        if (raised instanceof List<?> list) {
            for (Object a : list) {
                Arrays.stream(AlertType.values()).filter(t -> t.name().equals(String.valueOf(a))).findFirst()
                        .ifPresent(t -> out.add(new RaisedAlert(t, t == AlertType.RED_FLAG_SYMPTOM)));
            }
        }
        return out;
    }
}
