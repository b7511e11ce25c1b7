package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Each bad input: a problem+json naming the field, and neither a screening nor an event written. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ScreeningValidationTest {

    static Stream<Arguments> badBodies() {
        return Stream.of(
                bad("pain 11", 422, "painNow", b -> b.put("painNow", 11)),
                bad("pain -1", 422, "painAverageWeek", b -> b.put("painAverageWeek", -1)),
                bad("missing painNow", 422, "painNow", b -> b.remove("painNow")),
                bad("no region", 422, "painRegions", b -> b.put("painRegions", List.of())),
                bad("unknown region", 400, "painRegions[0]", b -> b.put("painRegions", List.of("KNEE"))),
                bad("unknown red flag", 400, "redFlags[0]", b -> b.put("redFlags", List.of("HEADACHE"))),
                bad("missing red flags", 422, "redFlags", b -> b.remove("redFlags")),
                bad("negative weeks", 422, "symptomWeeks", b -> b.put("symptomWeeks", -2)),
                bad("9 STarT Back items", 422, "startBack.items",
                        b -> ScreeningRequests.startBack(b).put("items", Arrays.asList(true, true, true, true, true,
                                true, true, true, true))),
                bad("7 STarT Back items", 422, "startBack.items",
                        b -> ScreeningRequests.startBack(b).put("items", Arrays.asList(true, true, true, true, true,
                                true, true))),
                bad("missing item 9", 422, "startBack.bothersomeness",
                        b -> ScreeningRequests.startBack(b).remove("bothersomeness")),
                bad("unknown item 9 answer", 400, "startBack.bothersomeness",
                        b -> ScreeningRequests.startBack(b).put("bothersomeness", "A_BIT")),
                bad("ODI section 6", 422, "odi[2]", b -> b.put("odi", Arrays.asList(1, 1, 6, 1, 1, 1, 1, 1, 1, 1))),
                bad("ODI 9 sections", 422, "odi", b -> b.put("odi", Arrays.asList(1, 1, 1, 1, 1, 1, 1, 1, 1))),
                bad("wake time 25:00", 422, "wakeTime", b -> b.put("wakeTime", "25:00")),
                bad("pain as text", 400, "painNow", b -> b.put("painNow", "high")));
    }

    private static Arguments bad(String name, int status, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = ScreeningRequests.valid();
        change.accept(body);
        return Arguments.of(name, status, field, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void rejectedNamingTheFieldWithNothingWritten(String name, int status, String field, Map<String, Object> body) {
        UUID patient = UUID.randomUUID();

        ScreeningRequests.submit(patient, body)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));

        assertNothingWritten(patient);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void malformedJsonIs400(String name, String body) {
        UUID patient = UUID.randomUUID();
        ScreeningRequests.submit(patient, body).statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed request"));
        assertNothingWritten(patient);
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(Arguments.of("truncated", "{\"painRegions\": [\"LUMBAR\""),
                Arguments.of("not json", "pain everywhere"),
                Arguments.of("array instead of object", "[1, 2, 3]"));
    }

    private static void assertNothingWritten(UUID patient) {
        assertThat(TestDatabase.count("SELECT count(*) FROM screening WHERE patient_id = ?", patient)).isZero();
        assertThat(TestDatabase.outboxEventsFor(patient)).isZero();
    }
}
