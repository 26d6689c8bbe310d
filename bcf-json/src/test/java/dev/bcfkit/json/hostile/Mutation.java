package dev.bcfkit.json.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change to the bytes of a document, as a fuzzer makes them: flip bits of a byte, set a byte
 * to a character that matters to JSON or UTF-8, delete a range, duplicate a range, or insert a
 * hostile token. Positions are taken modulo the document's length, so that every mutation applies
 * to every document and shrinks towards its start.
 */
sealed interface Mutation {
    /** Bytes that matter to JSON and UTF-8: brackets, quotes, separators, escapes, digits, stray UTF-8 bytes. */
    List<Integer> SIGNIFICANT = List.of((int) '{', (int) '}', (int) '[', (int) ']', (int) '"', (int) ',', (int) ':',
            (int) '\\', (int) '-', (int) '.', (int) 'e', (int) '0', (int) '9', (int) ' ', (int) '\n', 0x00, 0x1f, 0x7f,
            0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xef, 0xf4, 0xf8, 0xfe, 0xff);

    /** Tokens a hostile writer would try. */
    List<String> TOKENS = List.of("null", "true", "false", "-0", "1e999999999", "1e-100000000", "NaN", "-Infinity",
            "0.001", "9".repeat(60), "12345678901234567", "\"@class\": \"java.lang.Runtime\", ",
            "\"@type\": \"java.net.URL\", ", "[\"java.util.HashMap\", {}]", "\"${1+1}\"", "\"#{1+1}\"",
            "\"{jakarta.validation.constraints.NotNull.message}\"", "\"\\ud800\"", "\"\\u0000\"", "\"2017-02-31\"",
            "\"31/02/2017\"", "\"2019/20\"", "\"Q5\"", "\"format\": \"bcfkit/plan/1\", ", "{", "}", "[", "]", ",",
            ":", "\"", "\\", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\uFEFF", "\u00a3");

    /**
     * @param document the bytes
     * @return the mutated bytes
     */
    byte[] apply(byte[] document);

    /** @return every kind of mutation */
    static Arbitrary<Mutation> any() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 1 << 20);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 400);
        return Arbitraries.oneOf(
                Combinators.combine(at, Arbitraries.integers().between(1, 255)).as(Flip::new),
                Combinators.combine(at, Arbitraries.of(SIGNIFICANT)).as(Overwrite::new),
                Combinators.combine(at, length).as(Delete::new),
                Combinators.combine(at, length).as(Duplicate::new),
                Combinators.combine(at, Arbitraries.of(TOKENS)).as(Insert::new),
                Combinators.combine(at, Arbitraries.integers().between(0, 9)).as(Digit::new));
    }

    /** XORs the byte at {@code at} with {@code mask}. */
    record Flip(int at, int mask) implements Mutation {
        @Override
        public byte[] apply(byte[] document) {
            if (document.length == 0) {
                return document;
            }
            byte[] copy = document.clone();
            int i = at % copy.length;
            copy[i] = (byte) (copy[i] ^ mask);
            return copy;
        }
    }

    /** Sets the byte at {@code at} to {@code value}. */
    record Overwrite(int at, int value) implements Mutation {
        @Override
        public byte[] apply(byte[] document) {
            if (document.length == 0) {
                return document;
            }
            byte[] copy = document.clone();
            copy[at % copy.length] = (byte) value;
            return copy;
        }
    }

    /** Replaces a digit at or after {@code at} by another: the document usually stays readable, with another figure. */
    record Digit(int at, int digit) implements Mutation {
        @Override
        public byte[] apply(byte[] document) {
            byte[] copy = document.clone();
            for (int n = 0; n < copy.length; n++) {
                int i = (at + n) % copy.length;
                if (copy[i] >= '0' && copy[i] <= '9') {
                    copy[i] = (byte) ('0' + digit);
                    return copy;
                }
            }
            return copy;
        }
    }

    /** Deletes up to {@code length} bytes from {@code at}: a cut, or a truncation near the end. */
    record Delete(int at, int length) implements Mutation {
        @Override
        public byte[] apply(byte[] document) {
            if (document.length == 0) {
                return document;
            }
            int from = at % document.length;
            int to = Math.min(document.length, from + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(document, 0, from);
            out.write(document, to, document.length - to);
            return out.toByteArray();
        }
    }

    /** Repeats up to {@code length} bytes from {@code at} right after themselves. */
    record Duplicate(int at, int length) implements Mutation {
        @Override
        public byte[] apply(byte[] document) {
            if (document.length == 0) {
                return document;
            }
            int from = at % document.length;
            int to = Math.min(document.length, from + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(document, 0, to);
            out.write(document, from, to - from);
            out.write(document, to, document.length - to);
            return out.toByteArray();
        }
    }

    /** Inserts a token at {@code at}. */
    record Insert(int at, String token) implements Mutation {
        @Override
        public byte[] apply(byte[] document) {
            int i = document.length == 0 ? 0 : at % (document.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(document, 0, i);
            out.writeBytes(token.getBytes(StandardCharsets.UTF_8));
            out.write(document, i, document.length - i);
            return out.toByteArray();
        }
    }
}
