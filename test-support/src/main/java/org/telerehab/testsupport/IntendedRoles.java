package org.telerehab.testsupport;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The roles each operation of a service is meant to admit, written by hand from the contract (not from the code) in
 * the service's {@value #SOURCE}, a Markdown table read like documentation:
 * <pre>
 * | method | path | roles | beyond the contract |
 * |---|---|---|---|
 * | GET | /api/patients/{patientId}/plans/active | patient, therapist | admin |
 * </pre>
 * "roles" are the roles the contract names; "beyond the contract" the ones the code grants on top, each a
 * deviation for the contract's owner to settle (left empty when there is none). An operation admits both.
 */
final class IntendedRoles {

    static final String SOURCE = "src/test/resources/api-roles.md";
    private static final String RESOURCE = "api-roles.md";
    private static final Set<String> ROLES = Set.of("patient", "therapist", "admin");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final Map<String, Set<String>> byOperation;

    private IntendedRoles(Map<String, Set<String>> byOperation) {
        this.byOperation = byOperation;
    }

    static IntendedRoles load() {
        String markdown = MarkdownTable.resource(RESOURCE);
        if (markdown == null) {
            throw new AssertionError("no " + SOURCE + ": write the roles each operation admits, from the contract,"
                    + " as a table | method | path | roles | beyond the contract |");
        }
        return parse(markdown);
    }

    static IntendedRoles parse(String markdown) {
        Map<String, Set<String>> byOperation = new LinkedHashMap<>();
        for (MarkdownTable.Row row : MarkdownTable.rows(markdown)) {
            List<String> cells = row.cells();
            if (cells.size() < 3 || cells.size() > 4 || !METHODS.contains(cells.get(0))
                    || !cells.get(1).startsWith("/")) {
                throw new IllegalArgumentException(SOURCE + " line " + row.line()
                        + ": a row is | METHOD | /path | roles | roles beyond the contract (or empty) |: " + row.text());
            }
            Set<String> roles = new LinkedHashSet<>(roles(cells.get(2)));
            roles.addAll(cells.size() == 4 ? roles(cells.get(3)) : Set.of());
            if (roles.isEmpty() || !ROLES.containsAll(roles)) {
                throw new IllegalArgumentException(SOURCE + " line " + row.line() + ": roles must be some of "
                        + ROLES + ": " + row.text());
            }
            if (byOperation.put(cells.get(0) + " " + cells.get(1), roles) != null) {
                throw new IllegalArgumentException(SOURCE + " line " + row.line() + ": listed twice: " + row.text());
            }
        }
        return new IntendedRoles(byOperation);
    }

    /** The roles intended for "METHOD /path", or null when the table has no row for it. */
    Set<String> of(String operation) {
        return byOperation.get(operation);
    }

    Set<String> operations() {
        return byOperation.keySet();
    }

    /** The row to add for an operation, ready to paste. */
    static String row(ApiOperation op) {
        return "| " + op.method() + " | " + op.path() + " | " + String.join(", ", op.roles()) + " | |";
    }

    static String describe(Set<String> roles) {
        return new TreeSet<>(roles).toString();
    }

    private static Set<String> roles(String cell) {
        return Arrays.stream(cell.split(",")).map(String::trim).filter(r -> !r.isEmpty() && !r.equals("-"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
