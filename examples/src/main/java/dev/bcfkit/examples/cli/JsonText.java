package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes the tool's structured answers as JSON (RFC 8259) without loading a JSON library, so
 * that calculators start fast. Values are maps with string keys (written in their iteration
 * order), lists, strings, booleans, null, and numbers: {@link BigDecimal} is written in plain
 * form with its scale kept ({@code 13.289846}, {@code 823.08}), never as a double.
 *
 * <p>Strings are escaped completely: quote, backslash, and every character of
 * {@link dev.bcfkit.core.Text#isControl} (C0, DEL, C1, U+2028, U+2029 and the bidirectional
 * controls) as {@code \\uXXXX}, so the text is safe on a terminal and means the same to a JSON
 * reader. The output is always valid Unicode: a lone surrogate, which UTF-8 cannot carry and
 * strict JSON readers refuse even as an escape, is written as U+FFFD, the replacement character.
 */
final class JsonText {
    private JsonText() {
    }

    /**
     * @param value a map, list, string, number, boolean or null
     * @return the value as indented JSON text, without a final line break
     * @throws IllegalArgumentException for a value of another type
     */
    static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b, 0);
        return b.toString();
    }

    private static void write(Object value, StringBuilder b, int depth) {
        if (value == null) {
            b.append("null");
        } else if (value instanceof String s) {
            string(s, b);
        } else if (value instanceof Boolean bool) {
            b.append(bool.booleanValue());
        } else if (value instanceof BigDecimal d) {
            b.append(d.toPlainString());
        } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            b.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, b, depth);
        } else if (value instanceof List<?> list) {
            array(list, b, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(Map<?, ?> map, StringBuilder b, int depth) {
        if (map.isEmpty()) {
            b.append("{}");
            return;
        }
        b.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            b.append(first ? "\n" : ",\n");
            first = false;
            indent(b, depth + 1);
            string(String.valueOf(e.getKey()), b);
            b.append(": ");
            write(e.getValue(), b, depth + 1);
        }
        b.append('\n');
        indent(b, depth);
        b.append('}');
    }

    private static void array(List<?> list, StringBuilder b, int depth) {
        if (list.isEmpty()) {
            b.append("[]");
            return;
        }
        b.append('[');
        boolean first = true;
        for (Object item : list) {
            b.append(first ? "\n" : ",\n");
            first = false;
            indent(b, depth + 1);
            write(item, b, depth + 1);
        }
        b.append('\n');
        indent(b, depth);
        b.append(']');
    }

    private static void indent(StringBuilder b, int depth) {
        for (int i = 0; i < depth; i++) {
            b.append("  ");
        }
    }

    /**
     * Appends a JSON string literal.
     *
     * @param s the string
     * @param b where to append
     */
    static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (Text.isControl(c)) {
                        Text.appendEscape(c, b);
                    } else if (loneSurrogate(s, i)) {
                        b.append("\\ufffd");
                    } else {
                        b.append(c);
                        if (Character.isHighSurrogate(c)) {
                            b.append(s.charAt(++i));
                        }
                    }
                }
            }
        }
        b.append('"');
    }

    private static boolean loneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }
}
