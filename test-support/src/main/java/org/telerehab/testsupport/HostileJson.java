package org.telerehab.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hostile variants of a valid JSON body: every field and element (nested ones too) removed, set to null, to each
 * value of a list of known troublemakers (wrong types, boundaries, huge numbers, long and odd strings, bad dates
 * and ids, big arrays), and to values jqwik generates at random; plus bodies that are not the expected JSON at all.
 * Deterministic for a given seed body, so a failure can be replayed.
 */
public final class HostileJson {

    /** One request body to send, and what was done to the valid one, for the failure message. */
    public record Variant(String description, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int RANDOM_VALUES_PER_FIELD = 8;

    private static final List<JsonNode> TROUBLEMAKERS = List.of(
            NODES.nullNode(), NODES.textNode(""), NODES.textNode(" "), NODES.textNode("x".repeat(20_000)),
            NODES.textNode("\u0000"), NODES.textNode("\uD83D\uDE00 \u202E rtl"), NODES.textNode("'; DROP TABLE x; --"),
            NODES.textNode("<script>alert(1)</script>"), NODES.numberNode(-1), NODES.numberNode(0),
            NODES.numberNode(11), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(Integer.MIN_VALUE),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(-0.5),
            NODES.numberNode(3.7), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
            NODES.arrayNode().addNull(), NODES.textNode("00000000-0000-0000-0000-000000000000"),
            NODES.textNode("7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6") /* an id nothing has */,
            NODES.textNode("not-a-uuid"), NODES.textNode("2026-02-30"),
            NODES.textNode("9999-12-31"), NODES.textNode("0001-01-01"), NODES.textNode("2026-11-22T25:61:00Z"),
            NODES.textNode("+275760-09-13T00:00:00Z"), NODES.textNode("24:00"), NODES.textNode("LUMBAR"),
            thousandTimes(NODES.numberNode(1)));

    private HostileJson() {
    }

    public static List<Variant> of(Object validBody) {
        JsonNode valid = JSON.valueToTree(validBody);
        List<Variant> variants = new ArrayList<>();
        String text = valid.toString();
        Map<String, String> wholeBodies = new LinkedHashMap<>();
        wholeBodies.put("the body empty", "");
        for (String notAnObject : List.of("null", "[]", "42", "\"text\"", "{", "{\"a\":", "}{", "{}")) {
            wholeBodies.put("the body " + notAnObject, notAnObject);
        }
        wholeBodies.put("the body after a byte order mark", "\uFEFF" + text);
        wholeBodies.put("the body followed by garbage", text + "garbage");
        wholeBodies.put("the body with an unknown field", text.replaceFirst("\\{", "{\"unknownField\":1,"));
        // cut at fixed fractions, so that a variant has the same description whatever values the seed holds
        for (int sixth = 1; sixth <= 5; sixth++) {
            wholeBodies.put("the body cut at " + sixth + "/6",
                    text.substring(0, Math.max(1, text.length() * sixth / 6)));
        }
        wholeBodies.forEach((description, body) -> variants.add(new Variant(description, body)));
        for (String path : paths(valid, "")) {
            variants.add(new Variant(path + " removed", with(valid, path, null).toString()));
            for (JsonNode value : TROUBLEMAKERS) {
                variants.add(new Variant(path + " = " + abbreviate(value.toString()), with(valid, path, value).toString()));
            }
            for (Object random : randomValues(path.hashCode())) {
                JsonNode value = JSON.valueToTree(random);
                variants.add(new Variant(path + " = " + abbreviate(value.toString()), with(valid, path, value).toString()));
            }
        }
        return variants;
    }

    /** How many fields and elements (nested ones too) a body has: each gets its own variants. */
    public static int fields(Object validBody) {
        return paths(JSON.valueToTree(validBody), "").size();
    }

    /** JSON nested this deep: a parser that follows it blindly runs out of stack. */
    public static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** Values jqwik generates for one field, the same ones for the same seed. */
    private static List<Object> randomValues(long seed) {
        JqwikSession.start(); // generators outside a jqwik property need a session of their own
        try {
            var generator = anyValue().generator(100);
            Random random = new Random(seed);
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < RANDOM_VALUES_PER_FIELD; i++) {
                values.add(generator.next(random).value());
            }
            return values;
        } finally {
            JqwikSession.finish();
        }
    }

    private static Arbitrary<Object> anyValue() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200).map(s -> (Object) s),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.integers().between(-3, 25).map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.integers().list().ofMaxSize(30).map(l -> (Object) l));
    }

    /** Every field and array element under the root, as "a.b[2].c". */
    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                paths.add(path);
                paths.addAll(paths(node.get(name), path));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String path = prefix + "[" + i + "]";
                paths.add(path);
                paths.addAll(paths(node.get(i), path));
            }
        }
        return paths;
    }

    /** A copy of the body with the node at the path replaced by the value, or removed when it is null. */
    private static JsonNode with(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int split = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        String parentPath = split <= 0 ? "" : path.substring(0, split);
        String last = split < 0 ? path : path.substring(split).replaceFirst("^\\.", "");
        JsonNode parent = parentPath.isEmpty() ? copy : at(copy, parentPath);
        if (last.startsWith("[")) {
            int index = Integer.parseInt(last.substring(1, last.length() - 1));
            if (value == null) {
                ((ArrayNode) parent).remove(index);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.replace("[", ".[").split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            node = part.startsWith("[") ? node.get(Integer.parseInt(part.substring(1, part.length() - 1)))
                    : node.get(part);
        }
        return node;
    }

    private static ArrayNode thousandTimes(JsonNode element) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < 1_000; i++) {
            array.add(element);
        }
        return array;
    }

    /**
     * A value as a variant's description shows it: at most 60 characters, and ASCII only (anything else as a
     * backslash-u escape), so that the reviewed list of valid variants holds no invisible or bidirectional
     * characters.
     */
    public static String abbreviate(String s) {
        String shown = s.length() <= 60 ? s : s.substring(0, 57) + "...(" + s.length() + " chars)";
        StringBuilder ascii = new StringBuilder(shown.length());
        for (char c : shown.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                ascii.append(c);
            } else {
                ascii.append(String.format("\\u%04x", (int) c));
            }
        }
        return ascii.toString();
    }
}
