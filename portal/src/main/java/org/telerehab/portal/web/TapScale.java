package org.telerehab.portal.web;

import io.quarkus.qute.TemplateGlobal;

import java.util.List;

/** The points of the 0-10 scales the patient taps (fragments/scale.html): pain, and how hard a session felt. */
public final class TapScale {

    @TemplateGlobal
    static final List<Integer> scalePoints = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    private TapScale() {
    }
}
