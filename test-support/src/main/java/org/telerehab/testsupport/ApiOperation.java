package org.telerehab.testsupport;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * One operation of a service's {@code /api}, as its own OpenAPI document declares it: the contracts that check
 * every endpoint (roles, object access, audit, hostile input) are generated from these, so a new endpoint is
 * covered, or fails for want of a rule, without anyone remembering to add it.
 */
public record ApiOperation(String method, String path, Set<String> roles, boolean takesBody,
                           List<String> bodyTypes) {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** The operations of the application under test, read from {@code /q/openapi}. */
    public static List<ApiOperation> ofServiceUnderTest() {
        JsonPath openApi = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<ApiOperation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            methods.forEach((method, operation) -> {
                Set<String> roles = new LinkedHashSet<>();
                if (operation.get("security") instanceof List<?> requirements) {
                    for (Object requirement : requirements) {
                        ((Map<?, ?>) requirement).values().forEach(scopes -> ((List<?>) scopes)
                                .forEach(scope -> roles.add(scope.toString())));
                    }
                }
                List<String> bodyTypes = new ArrayList<>();
                if (operation.get("requestBody") instanceof Map<?, ?> body
                        && body.get("content") instanceof Map<?, ?> content) {
                    content.keySet().forEach(type -> bodyTypes.add(type.toString()));
                }
                operations.add(new ApiOperation(method.toUpperCase(), path, roles,
                        operation.containsKey("requestBody"), List.copyOf(bodyTypes)));
            });
        });
        return operations;
    }

    /** Whether the body is a JSON document (the fuzzer's JSON variants) rather than a file (its file variants). */
    public boolean takesJson() {
        return takesBody && (bodyTypes.isEmpty() || bodyTypes.contains("application/json"));
    }

    /** Whether the body is a file of one of {@link #bodyTypes()} (a picture, a video). */
    public boolean takesFile() {
        return takesBody && !takesJson();
    }

    /** "METHOD /path/{param}", the key rules and seeds are written against. */
    public String key() {
        return method + " " + path;
    }

    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public boolean takesId() {
        return path.contains("{");
    }

    public boolean isRead() {
        return method.equals("GET");
    }

    public boolean admits(String role) {
        return roles.contains(role);
    }

    /** The path with each parameter replaced by its value from {@code values}; a missing one fails loudly. */
    public String pathWith(Map<String, ?> values) {
        Matcher m = PARAMETER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(key() + ": no value for path parameter " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return key();
    }
}
