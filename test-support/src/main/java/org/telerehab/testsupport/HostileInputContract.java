package org.telerehab.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzzer over every operation of the service, generated from its OpenAPI document: each operation that takes a
 * body is sent {@link HostileJson} variants of a valid request (about forty per field: removed, null, wrong types,
 * boundaries, huge and odd values, random ones from jqwik), each operation that takes ids gets malformed ids. Every
 * answer must be below 500; every refusal must be problem+json naming its status, and must leave the database as
 * it was (no row for the people involved, no library row, no outbox row, no audit record). An oversized body and
 * deeply nested JSON are refused before anything reads them.
 */
public abstract class HostileInputContract {

    /** A valid request of an operation: its sender's token, its path values, its body, whose rows it may touch. */
    public record Seed(String token, Map<String, ?> pathValues, Object body, List<UUID> people) {
    }

    /** A seed for every operation that takes a body, keyed "METHOD /path" as in the OpenAPI document. */
    protected abstract Map<String, Seed> seeds();

    @Test
    void everyOperationTakingABodyHasASeed() {
        assertThat(ApiOperation.ofServiceUnderTest().stream().filter(ApiOperation::takesBody).map(ApiOperation::key))
                .allSatisfy(key -> assertThat(seeds()).as("a valid request to fuzz " + key).containsKey(key));
    }

    @TestFactory
    Stream<DynamicTest> hostileBodiesAreRefusedCleanly() {
        Map<String, Seed> seeds = seeds();
        return ApiOperation.ofServiceUnderTest().stream().filter(ApiOperation::takesBody)
                .map(op -> DynamicTest.dynamicTest(op + " with hostile bodies", () -> {
                    Seed seed = seeds.get(op.key());
                    List<String> failures = new ArrayList<>();
                    int[] byClass = new int[6];
                    List<HostileJson.Variant> variants = HostileJson.of(seed.body());
                    for (HostileJson.Variant variant : variants) {
                        String failure = check(op, seed, op.pathWith(seed.pathValues()), "application/json",
                                variant.body(), byClass);
                        if (failure != null) {
                            failures.add(variant.description() + ": " + failure);
                        }
                    }
                    System.out.printf("fuzz %s: %d requests, %d 2xx, %d 4xx, %d 5xx%n", op, variants.size(),
                            byClass[2], byClass[4], byClass[5]);
                    assertThat(failures).as(op + ": %d of %d hostile bodies mishandled", failures.size(),
                            variants.size()).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> malformedIdsAreRefusedCleanly() {
        Map<String, Seed> seeds = seeds();
        // as sent on the wire, percent-encoded; a request line over 4 KB never reaches the service (the HTTP
        // decoder answers 414 itself), so the long id stays under that
        List<String> badIds = List.of("not-a-uuid", "1", "%00", "..%2F..%2Fetc%2Fpasswd", "x".repeat(1_000),
                "00000000-0000-0000-0000-00000000000g", "%27%20OR%20%271%27%3D%271", "%F0%9F%98%80", "%E2%80%AE");
        // every role at once, so that the id itself is what the service has to refuse, not the caller's role
        String anyRole = TestTokens.token(UUID.randomUUID(), "patient", "therapist", "admin");
        return ApiOperation.ofServiceUnderTest().stream().filter(ApiOperation::takesId)
                .map(op -> DynamicTest.dynamicTest(op + " with malformed ids", () -> {
                    Seed seed = seeds.getOrDefault(op.key(), new Seed(anyRole, Map.of(), null, List.of()));
                    List<String> failures = new ArrayList<>();
                    for (String badId : badIds) {
                        Map<String, String> values = new HashMap<>();
                        op.pathParameters().forEach(name -> values.put(name, badId));
                        String failure = check(op, seed, op.pathWith(values), "application/json", seed.body(),
                                new int[6]);
                        if (failure != null) {
                            failures.add(badId + ": " + failure);
                        }
                    }
                    assertThat(failures).as(op.toString()).isEmpty();
                }));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        Map.Entry<String, Seed> first = seeds().entrySet().iterator().next();
        ApiOperation op = operation(first.getKey());
        Seed seed = first.getValue();
        long footprint = TestDatabase.footprint(seed.people().toArray(UUID[]::new));
        Answer response = send(op, seed.token(), op.pathWith(seed.pathValues()), "application/json",
                "{\"notes\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(TestDatabase.footprint(seed.people().toArray(UUID[]::new))).isEqualTo(footprint);
    }

    @Test
    void deeplyNestedJsonIsRefusedBeforeItIsBound() {
        Map.Entry<String, Seed> first = seeds().entrySet().iterator().next();
        ApiOperation op = operation(first.getKey());
        for (String nested : List.of(HostileJson.nested(50_000), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000))) {
            Answer response = send(op, first.getValue().token(), op.pathWith(first.getValue().pathValues()),
                    "application/json", nested);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    /** Sends one request and returns what is wrong with how it was handled, or null when nothing is. */
    private String check(ApiOperation op, Seed seed, String path, String contentType, Object body, int[] byClass) {
        UUID[] people = seed.people().toArray(UUID[]::new);
        long footprint = TestDatabase.footprint(people);
        Answer response = send(op, seed.token(), path, contentType, body);
        int status = response.statusCode();
        byClass[Math.min(status / 100, 5)]++;
        if (status >= 500) {
            return "answered " + status + " " + abbreviate(response.asString());
        }
        if (status < 400) {
            return null;
        }
        if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return "answered " + status + " as " + response.contentType() + ": " + abbreviate(response.asString());
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status || problem.path("title").asText("").isBlank()) {
                return "a problem body without its status or title: " + abbreviate(response.body());
            }
        } catch (IOException e) {
            return "a problem body that is not JSON: " + abbreviate(response.body());
        }
        long after = TestDatabase.footprint(people);
        return after == footprint ? null : "refused with " + status + " but changed " + (after - footprint) + " rows";
    }

    /** What came back: status, content type and body. */
    private record Answer(int statusCode, String contentType, String body) {
        String asString() {
            return body;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    // plain java.net.http: RestAssured pretty-prints JSON request bodies, which a hostile one makes explode
    private static Answer send(ApiOperation op, String token, String path, String contentType, Object body) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                            + path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .method(op.method(), text == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(op + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ApiOperation operation(String key) {
        return ApiOperation.ofServiceUnderTest().stream().filter(op -> op.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + key));
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 297) + "...";
    }
}
