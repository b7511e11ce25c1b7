package org.telerehab.testsupport;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of a service, generated from its own OpenAPI document: every {@code /api} operation must declare
 * the roles it admits (an endpoint added without {@code @RolesAllowed} fails here), a call without a token is 401,
 * every role it does not admit is refused with 403 before anything else happens, and every role it admits gets
 * past the role check (it may still meet a 403 of the care rule, a 404 or a 4xx for the dummy input, never the role
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

    @TestFactory
    Stream<DynamicTest> anonymousCallsAre401() {
        return operations().stream().map(op -> DynamicTest.dynamicTest(op + " without a token", () ->
                assertThat(call(given(), op).statusCode()).isEqualTo(401)));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleOperationPairIsDecided() {
        return operations().stream().flatMap(op -> ROLES.stream().map(role -> DynamicTest.dynamicTest(
                op + " as " + role, () -> {
                    Response response = call(given().auth().oauth2(TestTokens.token(UUID.randomUUID(), role)), op);
                    boolean refusedForRole = response.statusCode() == 403
                            && ROLE_REFUSAL.equals(response.jsonPath().getString("type"));
                    if (op.roles().contains(role)) {
                        assertThat(refusedForRole).as("%s admits %s, answered %d %s", op, role,
                                response.statusCode(), response.asString()).isFalse();
                        assertThat(response.statusCode()).as(op + " as " + role).isNotEqualTo(401).isLessThan(500);
                    } else {
                        assertThat(refusedForRole).as("%s refuses %s, answered %d %s", op, role,
                                response.statusCode(), response.asString()).isTrue();
                    }
                })));
    }

    /** Calls the operation with random ids in its path and an empty JSON object as the body. */
    private static Response call(RequestSpecification request, ApiOperation op) {
        String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        RequestSpecification withBody = op.method().equals("GET") || op.method().equals("DELETE")
                ? request : request.contentType("application/json").body("{}");
        return withBody.when().request(op.method(), path);
    }
}
