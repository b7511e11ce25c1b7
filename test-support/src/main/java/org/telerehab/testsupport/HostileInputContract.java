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
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzzer over every operation of the service, generated from its OpenAPI document: each operation that takes a
 * body is sent {@link HostileJson} variants of a valid request (at least {@value #MIN_VARIANTS_PER_FIELD} per field:
 * removed, null, wrong types, boundaries, huge and odd values, random ones from jqwik), each operation that takes
 * ids gets malformed ids. Every variant must be refused as bad input (400 or 422, problem+json naming its status),
 * unless the service's reviewed list of valid variants ({@link AcceptedVariants}) names it with the reason; a listed
 * variant must be accepted. A refused request must leave the service's {@link Footprint} exactly as it was. An
 * oversized body and deeply nested JSON are refused, for every operation with a body, before anything reads them.
 */
public abstract class HostileInputContract {

    /** The fuzzer's breadth: fewer variants than this per field of a seed fails the operation. */
    public static final int MIN_VARIANTS_PER_FIELD = 40;
    /** How a service refuses bad input (API.md: 400 malformed, 422 well-formed but not allowed). */
    private static final Set<Integer> BAD_INPUT = Set.of(400, 422);
    /** How a service refuses a file that is not what it claims (too large, of a type it does not take, unreadable). */
    private static final Set<Integer> BAD_FILE = Set.of(400, 413, 415, 422);
    /** A malformed id names nothing: it is bad input or not found. */
    private static final Set<Integer> NO_SUCH_ID = Set.of(400, 404);

    /** How the malformed-id probe's variants are described ("every id = not-a-uuid"). */
    private static final String ID_PROBE = "every id = ";

    /**
     * A valid request of an operation: its sender's token, its path values and its body (an object sent as JSON, or a
     * {@link HostileFiles.File} for an operation that takes a file).
     */
    public record Seed(String token, Map<String, ?> pathValues, Object body) {
    }

    /** A seed for every operation that takes a body, keyed "METHOD /path" as in the OpenAPI document. */
    protected abstract Map<String, Seed> seeds();

    /** What the service writes; a service that also writes elsewhere (Keycloak, mail, objects) adds those. */
    protected Footprint footprint() {
        return Footprint.database();
    }

    /**
     * A variant as it is sent. A service whose valid requests must differ from one another (an email is invited only
     * once) makes what the variant left of the seed unique here, so that a valid variant is judged on its own and
     * not refused as a repeat of the one before; by default the variant itself.
     */
    protected String asSent(String operation, String body) {
        return body;
    }

    /**
     * Called before each variant of an operation is sent. A service whose valid request changes what the next one
     * may do (a discharge ends the episode a second discharge would need) puts the seed's state back here, so that
     * each variant is judged on its own; by default nothing.
     */
    protected void beforeVariant(String operation) {
    }

    @Test
    void everyOperationTakingABodyHasASeedAndEverySeedAnOperation() {
        List<ApiOperation> operations = ApiOperation.ofServiceUnderTest();
        Map<String, Seed> seeds = seeds();
        assertThat(operations.stream().filter(ApiOperation::takesBody).map(ApiOperation::key))
                .allSatisfy(key -> assertThat(seeds).as("a valid request to fuzz " + key + " (in seeds())")
                        .containsKey(key));
        assertThat(seeds.keySet()).as("seeds of operations that take no body or do not exist")
                .isSubsetOf(operations.stream().filter(ApiOperation::takesBody).map(ApiOperation::key).toList());
    }

    @Test
    void theListOfValidVariantsNamesOperationsTheServiceHas() {
        assertThat(AcceptedVariants.load().operations()).as("operations in " + AcceptedVariants.SOURCE)
                .isSubsetOf(ApiOperation.ofServiceUnderTest().stream().map(ApiOperation::key).toList());
    }

    @TestFactory
    Stream<DynamicTest> hostileBodiesAreRefusedUnlessListedAsValid() {
        Map<String, Seed> seeds = seeds();
        AcceptedVariants accepted = AcceptedVariants.load();
        return ApiOperation.ofServiceUnderTest().stream().filter(ApiOperation::takesJson)
                .map(op -> DynamicTest.dynamicTest(op + " with hostile bodies", () -> {
                    Seed seed = seeds.get(op.key());
                    assertThat(seed).as("a seed for " + op).isNotNull();
                    int fields = HostileJson.fields(seed.body());
                    assertThat(fields).as(op + ": fields in the seed body").isPositive();
                    List<HostileJson.Variant> variants = HostileJson.of(seed.body());
                    assertThat(variants.size()).as(op + ": hostile variants for a seed of %d fields", fields)
                            .isGreaterThanOrEqualTo(MIN_VARIANTS_PER_FIELD * fields);
                    Tally tally = new Tally();
                    List<String> failures = new ArrayList<>();
                    for (HostileJson.Variant variant : variants) {
                        beforeVariant(op.key());
                        String failure = check(op, seed.token(), op.pathWith(seed.pathValues()),
                                asSent(op.key(), variant.body()), variant.description(), BAD_INPUT, accepted, tally);
                        if (failure != null) {
                            failures.add(failure);
                        }
                    }
                    failures.addAll(accepted.listedButNotAccepted(op.key(), d -> !d.startsWith(ID_PROBE),
                            tally.acceptedVariants));
                    System.out.printf("fuzz %s: %d variants of %d fields, %s%n", op, variants.size(), fields, tally);
                    assertThat(failures).as("%s: %d of %d hostile bodies mishandled", op, failures.size(),
                            variants.size()).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> hostileFilesAreRefusedUnlessListedAsValid() {
        Map<String, Seed> seeds = seeds();
        AcceptedVariants accepted = AcceptedVariants.load();
        return ApiOperation.ofServiceUnderTest().stream().filter(ApiOperation::takesFile)
                .map(op -> DynamicTest.dynamicTest(op + " with hostile files", () -> {
                    Seed seed = seeds.get(op.key());
                    assertThat(seed).as("a seed for " + op).isNotNull();
                    assertThat(seed.body()).as(op + ": the seed is a file").isInstanceOf(HostileFiles.File.class);
                    Tally tally = new Tally();
                    List<String> failures = new ArrayList<>();
                    HostileFiles.File file = (HostileFiles.File) seed.body();
                    for (HostileFiles.Variant variant : HostileFiles.of(file, op.bodyTypes())) {
                        beforeVariant(op.key());
                        String failure = check(op, seed.token(), op.pathWith(seed.pathValues()), variant.file(),
                                variant.description(), BAD_FILE, accepted, tally);
                        if (failure != null) {
                            failures.add(failure);
                        }
                    }
                    failures.addAll(accepted.listedButNotAccepted(op.key(), d -> !d.startsWith(ID_PROBE),
                            tally.acceptedVariants));
                    System.out.printf("fuzz %s: files, %s%n", op, tally);
                    assertThat(failures).as("%s: hostile files mishandled", op).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> malformedIdsAreRefusedUnlessListedAsValid() {
        Map<String, Seed> seeds = seeds();
        AcceptedVariants accepted = AcceptedVariants.load();
        // as sent on the wire, percent-encoded; a request line over 4 KB never reaches the service (the HTTP
        // decoder answers 414 itself), so the long id stays under that
        List<String> badIds = List.of("not-a-uuid", "1", "%00", "..%2F..%2Fetc%2Fpasswd", "x".repeat(1_000),
                "00000000-0000-0000-0000-00000000000g", "%27%20OR%20%271%27%3D%271", "%F0%9F%98%80", "%E2%80%AE");
        // every role at once, so that the id itself is what the service has to refuse, not the caller's role
        String anyRole = TestTokens.token(UUID.randomUUID(), "patient", "therapist", "admin");
        return ApiOperation.ofServiceUnderTest().stream().filter(ApiOperation::takesId)
                .map(op -> DynamicTest.dynamicTest(op + " with malformed ids", () -> {
                    Seed seed = seeds.getOrDefault(op.key(), new Seed(anyRole, Map.of(), null));
                    Tally tally = new Tally();
                    List<String> failures = new ArrayList<>();
                    for (String badId : badIds) {
                        Map<String, String> values = new HashMap<>();
                        op.pathParameters().forEach(name -> values.put(name, badId));
                        String failure = check(op, seed.token(), op.pathWith(values), seed.body(),
                                ID_PROBE + HostileJson.abbreviate(badId), NO_SUCH_ID, accepted, tally);
                        if (failure != null) {
                            failures.add(failure);
                        }
                    }
                    failures.addAll(accepted.listedButNotAccepted(op.key(), d -> d.startsWith(ID_PROBE),
                            tally.acceptedVariants));
                    assertThat(failures).as(op.toString()).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> anOversizedBodyIsRefusedBeforeItIsRead() {
        Map<String, Seed> seeds = seeds();
        String oversized = "{\"notes\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        return ApiOperation.ofServiceUnderTest().stream().filter(ApiOperation::takesBody)
                .map(op -> DynamicTest.dynamicTest(op + " with a 2 MB body", () ->
                        assertRefusedUnchanged(op, seeds.get(op.key()), oversized, 413)));
    }

    @TestFactory
    Stream<DynamicTest> deeplyNestedJsonIsRefusedBeforeItIsBound() {
        Map<String, Seed> seeds = seeds();
        return ApiOperation.ofServiceUnderTest().stream().filter(ApiOperation::takesJson)
                .map(op -> DynamicTest.dynamicTest(op + " with deeply nested JSON", () -> {
                    assertRefusedUnchanged(op, seeds.get(op.key()), HostileJson.nested(50_000), 400);
                    assertRefusedUnchanged(op, seeds.get(op.key()),
                            "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000), 400);
                }));
    }

    private void assertRefusedUnchanged(ApiOperation op, Seed seed, String body, int status) {
        assertThat(seed).as("a seed for " + op).isNotNull();
        Footprint.Watched<Answer> watched = footprint().watch(
                () -> send(op, seed.token(), op.pathWith(seed.pathValues()), body), answer -> true);
        Answer response = watched.answer();
        assertThat(response.status()).as(op + ": " + abbreviate(response.body())).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(watched.changesBesidesRefusalRecords()).as(op + ": changed by a refused request").isEmpty();
    }

    /**
     * Sends one request and returns what is wrong with how it was handled, or null when nothing is: a variant must
     * be refused with one of {@code refusals} as problem+json, changing nothing, unless the list names it as valid.
     */
    private String check(ApiOperation op, String token, String path, Object body, String description,
                         Set<Integer> refusals, AcceptedVariants accepted, Tally tally) {
        Footprint.Watched<Answer> watched = footprint().watch(() -> send(op, token, path, body),
                answer -> answer.status() >= 400);
        Answer response = watched.answer();
        int status = response.status();
        tally.count(status);
        String what = op + " | " + description + " | answered " + status + ": ";
        if (status < 400) {
            tally.acceptedVariants.add(description);
            return accepted.lists(op.key(), description) ? null
                    : what + "accepted, but " + AcceptedVariants.SOURCE + " does not list it as valid input;"
                    + " refuse it, or add the row: " + AcceptedVariants.row(op.key(), description);
        }
        if (status >= 500) {
            return what + abbreviate(response.body());
        }
        if (!refusals.contains(status)) {
            return what + "refused, but not as " + refusals + ": " + abbreviate(response.body());
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return what + "refused as " + response.contentType() + ": " + abbreviate(response.body());
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status || problem.path("title").asText("").isBlank()) {
                return what + "a problem body without its status or title: " + abbreviate(response.body());
            }
        } catch (IOException e) {
            return what + "a problem body that is not JSON: " + abbreviate(response.body());
        }
        return watched.changesBesidesRefusalRecords().isEmpty() ? null
                : what + "refused, but changed " + watched.changesBesidesRefusalRecords();
    }

    /** How the variants of one operation were answered, for the build log. */
    private static final class Tally {
        private final Map<Integer, Integer> byStatus = new TreeMap<>();
        private final List<String> acceptedVariants = new ArrayList<>();

        void count(int status) {
            byStatus.merge(status, 1, Integer::sum);
        }

        @Override
        public String toString() {
            return "answered " + byStatus;
        }
    }

    /** What came back: status, content type and body. */
    private record Answer(int status, String contentType, String body) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    // plain java.net.http: RestAssured pretty-prints JSON request bodies, which a hostile one makes explode
    private static Answer send(ApiOperation op, String token, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                            + path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
            if (body instanceof HostileFiles.File file) {
                request.method(op.method(), HttpRequest.BodyPublishers.ofByteArray(file.bytes()))
                        .header("Content-Type", file.contentType());
            } else if (body != null) {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                request.method(op.method(), HttpRequest.BodyPublishers.ofString(text))
                        .header("Content-Type", "application/json");
            } else {
                request.method(op.method(), HttpRequest.BodyPublishers.noBody());
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

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 297) + "...";
    }
}
