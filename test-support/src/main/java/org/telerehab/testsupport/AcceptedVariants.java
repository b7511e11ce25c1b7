package org.telerehab.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The hostile variants a service accepts because they are valid input, each with the reason: a Markdown table in
 * the service's {@value #SOURCE}, reviewed like documentation. One row per variant, as the fuzzer describes it:
 * <pre>
 * | operation | variant | why it is valid input |
 * |---|---|---|
 * | POST /api/checkins | notes = "&lt;script&gt;alert(1)&lt;/script&gt;" | free text, stored as typed and escaped when shown |
 * </pre>
 * A {@code |} inside a cell is written {@code \|}. The fuzzer prints the row to add for a variant it saw accepted
 * and not listed, and fails a listed row the service no longer accepts, so the list stays exactly what the
 * service accepts. No file: the service accepts no hostile variant.
 */
final class AcceptedVariants {

    static final String SOURCE = "src/test/resources/hostile-input-accepted.md";
    private static final String RESOURCE = "hostile-input-accepted.md";

    /** operation -> variant -> why. */
    private final Map<String, Map<String, String>> rows;

    private AcceptedVariants(Map<String, Map<String, String>> rows) {
        this.rows = rows;
    }

    static AcceptedVariants load() {
        String markdown = MarkdownTable.resource(RESOURCE);
        return markdown == null ? new AcceptedVariants(Map.of()) : parse(markdown);
    }

    static AcceptedVariants parse(String markdown) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (MarkdownTable.Row row : MarkdownTable.rows(markdown)) {
            List<String> cells = row.cells();
            if (cells.size() != 3 || cells.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException(SOURCE + " line " + row.line()
                        + ": a row needs an operation, a variant and why it is valid input: " + row.text());
            }
            if (rows.computeIfAbsent(cells.get(0), op -> new LinkedHashMap<>()).put(cells.get(1), cells.get(2)) != null) {
                throw new IllegalArgumentException(SOURCE + " line " + row.line() + ": listed twice: " + row.text());
            }
        }
        return new AcceptedVariants(rows);
    }

    boolean lists(String operation, String variant) {
        return rows.getOrDefault(operation, Map.of()).containsKey(variant);
    }

    Set<String> operations() {
        return rows.keySet();
    }

    /** Failures for the rows of one operation and probe that the service did not accept this time. */
    List<String> listedButNotAccepted(String operation, Predicate<String> ofThisProbe, Collection<String> accepted) {
        List<String> failures = new ArrayList<>();
        for (String variant : new TreeSet<>(rows.getOrDefault(operation, Map.of()).keySet())) {
            if (ofThisProbe.test(variant) && !accepted.contains(variant)) {
                failures.add(operation + " | " + variant + " | listed as valid input in " + SOURCE
                        + ", but not accepted (or no longer sent): remove the row");
            }
        }
        return failures;
    }

    /** The row to add for a variant, ready to paste. */
    static String row(String operation, String variant) {
        return "| " + operation + " | " + MarkdownTable.escape(variant) + " | <why it is valid input> |";
    }
}
