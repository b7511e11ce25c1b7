package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;
import org.telerehab.portal.client.Api;

import java.util.List;
import java.util.UUID;

/**
 * The plan builder: the draft as posted so far, each exercise with the safety warnings program-service answered at
 * it, and the library to add from. Exercise and template names are program-service's, in English; warnings are in
 * the page's language.
 *
 * @param blockedByRedFlag the plan was refused because a red-flag report is open
 * @param redFlagOpen      a red-flag report is open (said before the therapist tries to assign)
 */
@TemplateData
public record PlanBuilderView(UUID patientId, String who, Api.Problem problem, PlanBuilderResource.Draft draft,
                              List<TemplateOption> templates, List<Row> rows, List<CueRow> cueRows,
                              List<SummaryLine> warningSummary, boolean blockedByRedFlag, boolean redFlagOpen,
                              List<Option> exerciseOptions, Api.Problem libraryProblem) {

    @TemplateData
    public record TemplateOption(String id, String name, Region region) {
    }

    @TemplateData
    public record Option(String id, String name) {
    }

    /** One exercise of the draft; its fields are form fields suffixed with {@code index}. */
    @TemplateData
    public record Row(int index, String exerciseId, String name, List<MovementTag> tags, Object sets, Object reps,
                      Object holdSeconds, Object intensityCap, Object notWithinMinutesOfWaking,
                      List<WarningBox> warnings) {
    }

    /** A habit cue's two fields ({@code n} from 0, {@code num} from 1 for the label). */
    @TemplateData
    public record CueRow(int n, int num, String trigger, String action) {
    }

    /** A warning in the summary at the top, linking to its exercise; {@code label} in the page's language. */
    @TemplateData
    public record SummaryLine(String anchor, String name, String label) {
    }

    /**
     * One safety warning at one exercise, as a checkbox named {@code ack_<exerciseId>}.
     *
     * @param label       its short name in the page's language (the code itself for one this portal does not know)
     * @param explanation why it matters, in the page's language ("" when unknown)
     * @param message program-service's own sentence, in English, or null for a box only ticked on this page
     */
    @TemplateData
    public record WarningBox(String code, String id, String name, String label, String explanation, String message,
                             boolean checked) {
    }
}
