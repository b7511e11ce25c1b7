package org.telerehab.portal.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.Retelling;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseEditorTest {

    @Test
    void theFormBecomesTheServicesExercise() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.putSingle("name", "  Hip hinge with dowel ");
        posted.putSingle("summary", "Hinge at the hips, not the back");
        posted.putSingle("steps", "Stand tall\r\n\r\n  Push the hips back  \r\nReturn slowly\r\n");
        posted.putSingle("cues", "Dowel touches head, back and tailbone");
        posted.put("regions", List.of("LUMBAR", "HIP_PELVIS"));
        posted.put("movementTags", List.of("HIP_HINGE"));
        posted.putSingle("equipment", "dowel, , mirror");
        posted.putSingle("sets", "3");
        posted.putSingle("reps", "8");
        posted.putSingle("holdSeconds", "0");
        posted.putSingle("intensityCap", "11");
        posted.putSingle("progressionId", "");
        posted.putSingle("mediaUrl", "https://clinic.example/hinge.mp4");

        Map<String, Object> body = ExerciseEditor.read(new Form(posted), null).body();

        assertEquals("Hip hinge with dowel", body.get("name"));
        assertEquals(List.of("Stand tall", "Push the hips back", "Return slowly"), body.get("steps"));
        assertEquals(List.of("Dowel touches head, back and tailbone"), body.get("cues"));
        assertEquals(List.of("LUMBAR", "HIP_PELVIS"), body.get("regions"));
        assertEquals(List.of("HIP_HINGE"), body.get("movementTags"));
        assertEquals(List.of("dowel", "mirror"), body.get("equipment"));
        assertEquals(Map.of("sets", 3, "reps", 8, "holdSeconds", 0), body.get("dose"));
        assertEquals(11, body.get("intensityCap"), "out of range is the service's to refuse, with its message");
        assertNull(body.get("progressionId"));
    }

    @Test
    void anExerciseFillsTheFormAndComesBackUnchanged() {
        Map<String, Object> exercise = Map.ofEntries(Map.entry("id", "5eed0e00-0000-4000-8000-000000000003"),
                Map.entry("version", 2), Map.entry("name", "Dead bug"), Map.entry("summary", "Core endurance"),
                Map.entry("steps", List.of("Lie on your back", "Lower one arm")),
                Map.entry("cues", List.of("Low back stays down")), Map.entry("regions", List.of("LUMBAR")),
                Map.entry("movementTags", List.of("CORE_ENDURANCE")), Map.entry("equipment", List.of("mat")),
                Map.entry("dose", Map.of("sets", 3, "reps", 10, "holdSeconds", 0)), Map.entry("intensityCap", 6),
                Map.entry("mediaUrl", "https://clinic.example/dead-bug"));
        ExerciseEditor editor = ExerciseEditor.of(exercise);
        assertFalse(editor.isNew());
        assertEquals(3, editor.nextVersion());
        assertEquals("Lie on your back\nLower one arm", editor.stepsText);
        assertTrue(editor.tagOptions().stream().anyMatch(t -> t.code().equals("CORE_ENDURANCE")
                && t.checked()));

        Map<String, Object> body = editor.body();
        for (String field : List.of("name", "summary", "steps", "cues", "regions", "movementTags", "equipment",
                "dose", "intensityCap", "mediaUrl")) {
            assertEquals(exercise.get(field), body.get(field), field);
        }
    }

    @Test
    void fieldErrorsAreNamedInWordsAndKeptAtTheirField() {
        ExerciseEditor editor = ExerciseEditor.blank();
        Api.Problem problem = new Api.Problem(422, "Invalid request", "intensityCap must be less than or equal to 10",
                List.of(Map.of("field", "intensityCap", "message", "must be less than or equal to 10"),
                        Map.of("field", "dose.sets", "message", "must not be null"),
                        Map.of("field", "steps[1]", "message", "must not be blank")),
                List.of());

        Api.Problem readable = editor.readable(problem);

        assertEquals(new Retelling(Retelling.Title.EXERCISE_NOT_SAVED, Retelling.Detail.CORRECT_FIELDS_AND_SAVE),
                readable.retelling());
        assertEquals(List.of("Intensity cap (1-10)", "Sets", "Steps"),
                readable.errors().stream().map(e -> e.get("label")).toList());
        assertEquals("must be less than or equal to 10", editor.errors.get("intensityCap"));
        assertEquals("must not be null", editor.errors.get("sets"));
        assertEquals("must not be blank", editor.errors.get("steps"));
    }

    @Test
    void aTagThePortalHasNoWordsForIsKeptOnEdit() {
        ExerciseEditor editor = ExerciseEditor.of(Map.of("movementTags", List.of("STRETCH", "BALANCE")));
        assertEquals(List.of("STRETCH", "BALANCE"), editor.body().get("movementTags"));
        assertTrue(editor.tagOptions().stream().anyMatch(t -> t.code().equals("BALANCE")));
    }
}
