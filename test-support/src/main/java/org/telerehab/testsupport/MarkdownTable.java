package org.telerehab.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The body rows of the Markdown tables in a reviewed test resource (header and separator rows left out), so that
 * the expectations a contract checks against can be read, and reviewed, as documentation. A {@code |} inside a
 * cell is written {@code \|}.
 */
final class MarkdownTable {

    /** One body row: where it is, for error messages, and its trimmed cells. */
    record Row(int line, String text, List<String> cells) {
    }

    private MarkdownTable() {
    }

    /** The resource's text from the test classpath, or null when the service has none. */
    static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    static List<Row> rows(String markdown) {
        String[] lines = markdown.split("\r?\n", -1);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean headerRow = i + 1 < lines.length && isSeparator(lines[i + 1]);
            if (lines[i].startsWith("|") && !headerRow && !isSeparator(lines[i])) {
                rows.add(new Row(i + 1, lines[i], cells(lines[i])));
            }
        }
        return rows;
    }

    private static boolean isSeparator(String line) {
        return line.startsWith("|") && cells(line).stream().allMatch(c -> c.matches(":?-+:?"));
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().trim());
        }
        return cells;
    }

    static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
