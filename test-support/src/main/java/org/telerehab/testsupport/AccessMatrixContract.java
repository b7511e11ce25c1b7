package org.telerehab.testsupport;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of a service, generated from its own OpenAPI document and checked against the roles intended for
 * each operation, written by hand from the contract in the service's {@value IntendedRoles#SOURCE}: the roles the
 * code declares must be exactly those (a role granted in code without the table, an operation without a row, or a
 * row without an operation fails), a call without a token, or with a token not minted for this API, is 401, every
 * role the table does not give is refused with 403 before anything else happens, and every role it gives gets past
 * the role check (it may still meet a 403 of the care rule, a 404 or a 4xx for the dummy input, never the role
 * refusal). A service's test class extends this and adds {@code @QuarkusTest} and its test resources.
 */
public abstract class AccessMatrixContract {

    private static final List<String> ROLES = List.of("patient", "therapist", "admin");
    private static final String ROLE_REFUSAL = "https://telerehab.org/problems/role-not-allowed";

    protected List<ApiOperation> operations() {
        return ApiOperation.ofServiceUnderTest();
    }

    @Test
    void everyApiOperationDeclaresItsRoles() {
        List<ApiOperation> operations = operations();
        assertThat(operations).as("the service's API").isNotEmpty();
        assertThat(operations).allSatisfy(op -> assertThat(op.roles()).as(op + " declares its roles")
                .isNotEmpty().isSubsetOf(ROLES));
    }

    @Test
    void theCodeGrantsExactlyTheRolesTheTableIntends() {
        IntendedRoles intended = IntendedRoles.load();
        List<String> differences = new ArrayList<>();
        List<ApiOperation> operations = operations();
        for (ApiOperation op : operations) {
            Set<String> roles = intended.of(op.key());
            if (roles == null) {
                differences.add(op + " admits " + IntendedRoles.describe(op.roles()) + " in code, but "
                        + IntendedRoles.SOURCE + " has no row for it; add the roles the contract gives: "
                        + IntendedRoles.row(op));
            } else if (!roles.equals(op.roles())) {
                differences.add(op + " admits " + IntendedRoles.describe(op.roles()) + " in code, but "
                        + IntendedRoles.SOURCE + " intends " + IntendedRoles.describe(roles));
            }
        }
        List<String> keys = operations.stream().map(ApiOperation::key).toList();
        intended.operations().stream().filter(key -> !keys.contains(key)).forEach(key -> differences.add(
                IntendedRoles.SOURCE + " has a row for " + key + ", which the service does not have"));
        assertThat(differences).as("roles in code against the intended roles").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallsAre401() {
        return operations().stream().map(op -> DynamicTest.dynamicTest(op + " without a token", () ->
                assertThat(call(given(), op).statusCode()).isEqualTo(401)));
    }

    /**
     * Tokens of the same realm that were not minted for this API (another audience or client, an ID or refresh token,
     * expired, unsigned, another issuer) are 401 on every operation, even with a role the operation admits.
     */
    @TestFactory
    Stream<DynamicTest> tokensNotMintedForThisApiAre401() {
        return operations().stream().flatMap(op -> TestTokens.refused(anAdmittedRole(op)).entrySet().stream()
                .map(bad -> DynamicTest.dynamicTest(op + " with " + bad.getKey(), () -> {
                    Response response = call(given().auth().oauth2(bad.getValue()), op);
                    assertThat(response.statusCode()).as("%s with %s answered %s", op, bad.getKey(),
                            response.asString()).isEqualTo(401);
                })));
    }

    private static String anAdmittedRole(ApiOperation op) {
        return op.roles().stream().findFirst().orElse("patient");
    }

    /** Each role against each operation over HTTP, expecting what the table intends (the code where it has no row). */
    @TestFactory
    Stream<DynamicTest> everyRoleOperationPairIsDecided() {
        IntendedRoles intended = IntendedRoles.load();
        return operations().stream().flatMap(op -> ROLES.stream().map(role -> DynamicTest.dynamicTest(
                op + " as " + role, () -> {
                    Set<String> admitted = intended.of(op.key()) != null ? intended.of(op.key()) : op.roles();
                    Response response = call(TestTokens.as(UUID.randomUUID(), role), op);
                    boolean refusedForRole = response.statusCode() == 403
                            && ROLE_REFUSAL.equals(response.jsonPath().getString("type"));
                    if (admitted.contains(role)) {
                        assertThat(refusedForRole).as("%s admits %s, answered %d %s", op, role,
                                response.statusCode(), response.asString()).isFalse();
                        assertThat(response.statusCode()).as(op + " as " + role).isNotEqualTo(401).isLessThan(500);
                        assertThat(response.header("Cache-Control")).as("%s keeps health data out of caches", op)
                                .isEqualTo("no-store");
                        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
                    } else {
                        assertThat(refusedForRole).as("%s refuses %s, answered %d %s", op, role,
                                response.statusCode(), response.asString()).isTrue();
                    }
                })));
    }

    /** Calls the operation with random ids in its path and an empty JSON object (or a one-byte file) as the body. */
    private static Response call(RequestSpecification request, ApiOperation op) {
        String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        RequestSpecification withBody = op.method().equals("GET") || op.method().equals("DELETE") ? request
                : op.takesFile() ? request.contentType(op.bodyTypes().get(0)).body(new byte[] {0})
                : request.contentType("application/json").body("{}");
        return withBody.when().request(op.method(), path);
    }
}
