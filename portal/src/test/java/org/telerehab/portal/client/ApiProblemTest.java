package org.telerehab.portal.client;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals("The service had a problem", problem.title());
        assertTrue(problem.detail().contains("intake service"));
    }
}
