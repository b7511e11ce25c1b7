package org.telerehab.testsupport;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The object half of the access matrix, and the audit of health-data reads, generated from the service's OpenAPI
 * document. Every operation that takes an id in its path, and every read, must have a {@link Rule}; a new endpoint
 * without one fails {@link #everyOperationTakingAnIdOrReadingHasARule()}. For patient data the contract says:
 * another patient asking for it gets 404, a therapist not caring for the patient gets 403; the audit trail records the
 * refusal and nothing else in the service's {@link Footprint} changes (no row written or updated); the patient, the
 * caring therapist and an admin (each as far as the operation's roles admit them) get through, and each of their
 * reads is audited with who, which patient and when.
 */
public abstract class ObjectAccessContract {

    /** A patient with data in this service, the therapist caring for them, and the value of each path parameter. */
    public record Subject(UUID patient, UUID therapist, Map<String, ?> pathValues) {
    }

    /** How an operation's ids relate to patients. */
    public sealed interface Rule permits PatientData, CareChange, PatientList, NotPatientData {
    }

    /** The ids name one patient's health data; {@code body} builds a valid body for the subject (null: none). */
    public record PatientData(Function<Subject, Object> body) implements Rule {
    }

    /** A read listing patients (worklist, caseload): a therapist sees the subject only while caring for them. */
    /**
     * Changes who cares for the patient (a transfer, a release): refused as patient data is, and each allowed call
     * gets a subject of its own, since it ends the care the other operations' calls rely on.
     */
    public record CareChange(Function<Subject, Object> body) implements Rule {
    }

    public record PatientList(String patientIdPath) implements Rule {
    }

    /** Not one patient's health data (the shared exercise library), or open to any therapist by design. */
    public record NotPatientData(String why) implements Rule {
    }

    protected static Rule patientData() {
        return new PatientData(subject -> null);
    }

    protected static Rule patientData(Function<Subject, Object> body) {
        return new PatientData(body);
    }

    /** What the service writes; a service that also writes elsewhere (Keycloak, mail, objects) adds those. */
    protected Footprint footprint() {
        return Footprint.database();
    }

    /** Creates a patient with data in this service and a therapist caring for them (called once per check). */
    protected abstract Subject subject();

    /** The rule of each of the service's own operations, keyed "METHOD /path" as in the OpenAPI document. */
    protected abstract Map<String, Rule> rules();

    /** The operations every service has from service-kit: its audit trail's access log and chain verifier, and the
     * replay of dead letters. */
    private static final Map<String, Rule> KIT_RULES = Map.of(
            "GET /api/patients/{patientId}/access-log", new PatientData(subject -> null),
            "GET /api/audit/chain", new NotPatientData("the trail's integrity: counts and hashes, no patient's data"),
            "POST /api/dead-letters/{channel}/replay", new NotPatientData("an operations command on a Kafka channel"));

    private Map<String, Rule> allRules() {
        Map<String, Rule> all = new java.util.HashMap<>(KIT_RULES);
        all.putAll(rules());
        return all;
    }

    @Test
    void everyOperationTakingAnIdOrReadingHasARule() {
        List<ApiOperation> operations = ApiOperation.ofServiceUnderTest();
        assertThat(operations.stream().filter(op -> op.takesId() || op.isRead()).map(ApiOperation::key))
                .as("operations taking an id or reading data need an access rule")
                .allSatisfy(key -> assertThat(allRules()).as(key).containsKey(key));
        assertThat(allRules().keySet()).as("rules for operations the service no longer has")
                .isSubsetOf(operations.stream().map(ApiOperation::key).toList());
    }

    @TestFactory
    Stream<DynamicTest> anotherPatientGets404AndATherapistNotInCare403() {
        Subject subject = subject();
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperation op : ApiOperation.ofServiceUnderTest()) {
            Rule rule = allRules().get(op.key());
            if (rule instanceof PatientData || rule instanceof CareChange) {
                PatientData data = rule instanceof CareChange change ? new PatientData(change.body())
                        : (PatientData) rule;
                boolean ownSubject = rule instanceof CareChange;
                // refusals first: the allowed calls below may change the subject's state (a new plan version)
                if (op.admits("patient")) {
                    tests.add(DynamicTest.dynamicTest(op + ": another patient gets 404", () ->
                            assertRefused(op, data, subject, "patient", 404)));
                }
                if (op.admits("therapist")) {
                    tests.add(DynamicTest.dynamicTest(op + ": a therapist not in care gets 403", () ->
                            assertRefused(op, data, subject, "therapist", 403)));
                }
                for (String role : op.roles()) {
                    tests.add(DynamicTest.dynamicTest(op + ": allowed for the " + describe(role), () -> {
                        Subject allowed = ownSubject ? subject() : subject;
                        Response response = call(op, data, allowed, authorised(allowed, role), role);
                        assertThat(response.statusCode()).as("%s as the %s: %s", op, describe(role),
                                response.asString()).isLessThan(400);
                    }));
                }
            } else if (rule instanceof PatientList list) {
                tests.add(DynamicTest.dynamicTest(op + ": lists the subject only for the caring therapist", () -> {
                    assertThat(listedPatients(op, list, subject.therapist()))
                            .contains(subject.patient().toString());
                    assertThat(listedPatients(op, list, UUID.randomUUID()))
                            .doesNotContain(subject.patient().toString());
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyReadOfHealthDataIsAudited() {
        Subject subject = subject();
        return ApiOperation.ofServiceUnderTest().stream()
                .filter(op -> op.isRead() && !(allRules().get(op.key()) instanceof NotPatientData))
                .flatMap(op -> op.roles().stream()
                        .filter(role -> !(allRules().get(op.key()) instanceof PatientList) || role.equals("therapist"))
                        .map(role -> DynamicTest.dynamicTest(op + " read by the " + describe(role) + " is audited",
                                () -> {
                                    UUID actor = authorised(subject, role);
                                    long before = TestDatabase.auditedReads(actor, subject.patient());
                                    Response response = call(op, new PatientData(s -> null), subject, actor, role);
                                    assertThat(response.statusCode()).as(op + ": " + response.asString())
                                            .isEqualTo(200);
                                    assertThat(TestDatabase.auditedReads(actor, subject.patient()))
                                            .as("audit records of %s reading patient %s through %s", actor,
                                                    subject.patient(), op)
                                            .isGreaterThan(before);
                                })));
    }

    private void assertRefused(ApiOperation op, PatientData data, Subject subject, String role, int status) {
        UUID stranger = UUID.randomUUID();
        Footprint.Watched<Response> watched = footprint().watch(() -> call(op, data, subject, stranger, role),
                response -> response.statusCode() >= 400);
        Response response = watched.answer();
        assertThat(response.statusCode()).as("%s as an unrelated %s: %s", op, role, response.asString())
                .isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(watched.changesBesidesRefusalRecords())
                .as("what a refused " + op + " changed (rows written, audit records)").isEmpty();
        assertThat(watched.refusalRecorded()).as("the refusal of " + op + " is in the audit trail").isTrue();
    }

    private List<String> listedPatients(ApiOperation op, PatientList list, UUID therapist) {
        return given().auth().oauth2(TestTokens.therapist(therapist)).when().get(op.path())
                .then().statusCode(200).extract().jsonPath().getList(list.patientIdPath(), String.class);
    }

    private static UUID authorised(Subject subject, String role) {
        return switch (role) {
            case "patient" -> subject.patient();
            case "therapist" -> subject.therapist();
            default -> UUID.randomUUID(); // an admin needs no relation to the patient
        };
    }

    private static String describe(String role) {
        return switch (role) {
            case "patient" -> "patient themself";
            case "therapist" -> "caring therapist";
            default -> role;
        };
    }

    private static Response call(ApiOperation op, PatientData data, Subject subject, UUID actor, String role) {
        RequestSpecification request = TestTokens.as(actor, role);
        Object body = data.body().apply(subject);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        } else if (op.takesBody()) {
            request = request.contentType("application/json").body("{}");
        }
        return request.when().request(op.method(), op.pathWith(subject.pathValues()));
    }
}
