package org.telerehab.portal.client;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiProblemTest {

    @Test
    void readsTitleDetailFieldErrorsAndWarnings() {
        Object body = Api.parse("""
                {"type":"about:blank","title":"Safety warnings","status":422,"detail":"acknowledge them",
                 "errors":[{"field":"painNow","message":"must be at most 10"}],
                 "warnings":[{"code":"FLEXION_WITH_SCIATIC","exerciseId":"x","message":"flexion"}]}""");
        Api.Problem problem = Api.problem("program service", 422, body);
        assertEquals("Safety warnings", problem.title());
        assertEquals("acknowledge them", problem.detail());
        assertEquals(List.of(Map.of("field", "painNow", "message", "must be at most 10")), problem.errors());
        assertTrue(problem.hasWarnings());
    }

    @Test
    void aBodyThatIsNotJsonStillGivesAReadableMessage() {
        Api.Problem problem = Api.problem("intake service", 500, Api.parse("<html>boom</html>"));
        // the portal's words for it are ProblemWords', in the user's language: nothing English is made up here
        assertEquals(Api.Problem.Kind.SERVER_ERROR, problem.kind());
        assertNull(problem.title());
        assertNull(problem.serviceDetail());
    }

    @Test
    void aServiceThatDoesNotAnswerIsUnavailable() {
        Api.Result result = Api.call("progress service", () -> {
            throw new jakarta.ws.rs.ProcessingException("Connection refused");
        });
        assertEquals(503, result.status());
        assertEquals(Api.Problem.Kind.UNAVAILABLE, result.problem().kind());
        assertNull(result.problem().detail());
    }

    @Test
    void theKindOfAnswerComesFromTheStatusAndTheType() {
        assertEquals(Api.Problem.Kind.CHECK_INPUT, kind(422, null));
        assertEquals(Api.Problem.Kind.CHECK_INPUT, kind(400, null));
        assertEquals(Api.Problem.Kind.CHECK_INPUT, kind(409, "https://telerehab.org/problems/validation"));
        assertEquals(Api.Problem.Kind.LOGGED_OUT, kind(401, null));
        assertEquals(Api.Problem.Kind.NOT_ALLOWED, kind(403, null));
        assertEquals(Api.Problem.Kind.NOT_FOUND, kind(404, null));
        assertEquals(Api.Problem.Kind.CONFLICT, kind(409, "https://telerehab.org/problems/conflict"));
        assertEquals(Api.Problem.Kind.TOO_MANY, kind(429, null));
        assertEquals(Api.Problem.Kind.UNAVAILABLE, kind(503, null));
        assertEquals(Api.Problem.Kind.UNAVAILABLE, kind(504, null));
        assertEquals(Api.Problem.Kind.SERVER_ERROR, kind(500, null));
        assertEquals(Api.Problem.Kind.FAILED, kind(418, null));
    }

    @Test
    void aRetellingWithItsOwnDetailHidesTheServicesAndOneWithoutShowsIt() {
        Api.Problem refused = new Api.Problem(422, "Invalid request", "reason must not be blank", List.of(),
                List.of());
        assertEquals("reason must not be blank", refused.serviceDetail());
        assertNull(refused.retold(Retelling.Title.NOT_DISCHARGED, Retelling.Detail.DISCHARGE_REASON).serviceDetail());
        assertEquals("reason must not be blank",
                refused.retold(Retelling.Title.ACCOUNT_NOT_CLOSED, null).serviceDetail());
    }

    private static Api.Problem.Kind kind(int status, String type) {
        return new Api.Problem(status, null, null, List.of(), List.of(), type).kind();
    }
}
