package org.telerehab.portal.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.Retelling;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan builder's form, read into program-service's plan body: acknowledgements go with their exercise only. */
class PlanDraftTest {

    static final String KNEE_TO_CHEST = "5eed0e00-0000-4000-8000-000000000014";
    static final String DEAD_BUG = "5eed0e00-0000-4000-8000-000000000003";
    static final String HAPPY_BABY = "5eed0e00-0000-4000-8000-000000000015";
    /** Words that name the message and its argument, as {@code warning(MORNING_FLEXION)}. */
    static final StaffCodeWords WORDS = (StaffCodeWords) Proxy.newProxyInstance(
            StaffCodeWords.class.getClassLoader(), new Class<?>[] {StaffCodeWords.class},
            (proxy, method, args) -> method.getName() + "(" + (args == null ? ""
                    : Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(","))) + ")");

    @Test
    void eachItemCarriesOnlyTheWarningsTickedAtItsExercise() {
        MultivaluedHashMap<String, String> posted = twoItems();
        posted.put("ack_" + KNEE_TO_CHEST, List.of("FLEXION_WITH_SCIATIC", "FLEXION_STRETCH_FOR_BACK_PAIN"));
        // ticked at an exercise that is no longer in the plan, and the old page's plan-wide field: neither counts
        posted.put("ack_" + HAPPY_BABY, List.of("FLEXION_STRETCH_FOR_BACK_PAIN"));
        posted.put("ack", List.of("MORNING_FLEXION", "INTENSITY_OVER_CAP"));

        Map<String, Object> body = PlanBuilderResource.Draft.read(new Form(posted)).body();

        List<Map<String, Object>> items = items(body);
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).containsEntry("exerciseId", KNEE_TO_CHEST)
                .containsEntry("acknowledgedWarnings", List.of("FLEXION_WITH_SCIATIC", "FLEXION_STRETCH_FOR_BACK_PAIN"));
        assertThat(items.get(1)).containsEntry("exerciseId", DEAD_BUG).containsEntry("acknowledgedWarnings", List.of());
        assertThat(body.get("acknowledgedWarnings")).as("nothing is acknowledged for every exercise at once")
                .isEqualTo(List.of());
        assertThat(items.get(0)).containsEntry("sets", 2).containsEntry("intensityCap", 6)
                .containsEntry("notWithinMinutesOfWaking", 60);
    }

    @Test
    void nothingTickedSendsNoAcknowledgement() {
        Map<String, Object> body = PlanBuilderResource.Draft.read(new Form(twoItems())).body();
        assertThat(items(body)).allSatisfy(i -> assertThat(i).containsEntry("acknowledgedWarnings", List.of()));
    }

    @Test
    void aWarningIsShownAtItsExerciseWithOneBoxEachAndWhatWasTickedStaysInView() {
        List<Map<String, Object>> answered = List.of(
                Map.of("code", "FLEXION_STRETCH_FOR_BACK_PAIN", "exerciseId", KNEE_TO_CHEST,
                        "message", "Knee-to-chest stretch is a lumbar flexion stretch"),
                Map.of("code", "INTENSITY_OVER_CAP", "exerciseId", DEAD_BUG, "message", "Dead bug has a cap of 9"));

        List<PlanBuilderView.WarningBox> boxes = PlanBuilderResource.Draft.warningsAt(1, KNEE_TO_CHEST, answered,
                Set.of("FLEXION_WITH_SCIATIC"), WORDS);

        assertThat(boxes).extracting(PlanBuilderView.WarningBox::code)
                .containsExactly("FLEXION_STRETCH_FOR_BACK_PAIN", "FLEXION_WITH_SCIATIC");
        PlanBuilderView.WarningBox open = boxes.get(0);
        assertThat(open.checked()).isFalse();
        assertThat(open.name()).isEqualTo("ack_" + KNEE_TO_CHEST);
        assertThat(open.id()).isEqualTo("ack-1-FLEXION_STRETCH_FOR_BACK_PAIN");
        assertThat(open.label()).isEqualTo("warning(FLEXION_STRETCH_FOR_BACK_PAIN)");
        assertThat(open.message()).isEqualTo("Knee-to-chest stretch is a lumbar flexion stretch");
        assertThat(open.explanation()).isEqualTo("warningWhy(FLEXION_STRETCH_FOR_BACK_PAIN)");
        assertThat(boxes.get(1).checked()).isTrue();
        assertThat(boxes.get(1).name()).isEqualTo("ack_" + KNEE_TO_CHEST);
    }

    @Test
    void aPlanRefusedForAnOpenRedFlagSaysWhereToRecordTheClearance() {
        Api.Problem conflict = new Api.Problem(409, "Conflict",
                "An open red-flag report blocks plan assignment until a clearance is recorded", List.of(), List.of(),
                "https://telerehab.org/problems/red-flag-not-cleared");

        Api.Problem told = PlanBuilderResource.assignProblem(conflict);

        // the words (ProblemWords, in the user's language) say where to record the clearance
        assertThat(told.retelling()).isEqualTo(new Retelling(Retelling.Title.RED_FLAGS_NOT_CLEARED,
                Retelling.Detail.PLAN_RED_FLAG_OPEN));
        Api.Problem other = PlanBuilderResource.assignProblem(new Api.Problem(409, "Conflict", "version taken",
                List.of(), List.of(), "https://telerehab.org/problems/conflict"));
        assertThat(other.title()).isEqualTo("Conflict");
        assertThat(other.retelling()).isNull();
    }

    private static MultivaluedHashMap<String, String> twoItems() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.putSingle("startDate", "2026-12-07");
        posted.putSingle("sessionsPerWeek", "3");
        posted.putSingle("count", "2");
        posted.putSingle("exerciseId0", KNEE_TO_CHEST);
        posted.putSingle("sets0", "2");
        posted.putSingle("reps0", "5");
        posted.putSingle("hold0", "20");
        posted.putSingle("cap0", "6");
        posted.putSingle("waking0", "60");
        posted.putSingle("exerciseId1", DEAD_BUG);
        posted.putSingle("sets1", "3");
        posted.putSingle("reps1", "10");
        posted.putSingle("hold1", "0");
        posted.putSingle("cap1", "6");
        return posted;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }
}
