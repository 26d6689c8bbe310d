package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one encoding of a bcfkit document, UTF-8 (RFC 8259, section 8.1), checked strictly before
 * the JSON is parsed, since every document is treated as hostile. Jackson alone would
 * guess UTF-16 and UTF-32 from the first bytes, and decode some malformed UTF-8 into other
 * characters: the overlong form {@code C0 AF} into {@code "/"}, a sequence beyond U+10FFFF into
 * broken surrogates. Here every such document is refused with the place of the first bad byte.
 *
 * <p>A UTF-8 byte-order mark at the very start is accepted and skipped: Windows tools such as
 * Notepad and PowerShell write one, and RFC 8259 lets a parser ignore it. The writer never writes
 * one. UTF-16 and UTF-32 (with or without a byte-order mark), a second byte-order mark, and
 * malformed UTF-8 (a stray byte, a truncated sequence, an overlong form, an encoded surrogate, a
 * code point beyond U+10FFFF) are refused. The bad bytes are shown in hexadecimal only when the
 * text begins as a JSON object: of any other file (a picture, a key file behind a symbolic link)
 * nothing is quoted ({@link DocumentStart}).
 */
final class DocumentEncoding {
    private static final int[] UTF8_BOM = {0xEF, 0xBB, 0xBF};
    private static final int[] UTF16BE_BOM = {0xFE, 0xFF};
    private static final int[] UTF16LE_BOM = {0xFF, 0xFE};
    private static final int[] UTF32BE_BOM = {0x00, 0x00, 0xFE, 0xFF};
    private static final int[] UTF32LE_BOM = {0xFF, 0xFE, 0x00, 0x00};
    /** How many bytes at the start tell UTF-16 and UTF-32 apart from UTF-8 (RFC 4627, section 3). */
    private static final int SNIFFED = 4;
    private static final int MOST_BYTES_QUOTED = 4;
    /** Eight bytes of an array read as one {@code long}, at any offset. */
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** The top bit of each of eight bytes: all clear means eight ASCII characters. */
    private static final long ASCII_MASK = 0x8080808080808080L;

    private DocumentEncoding() {
    }

    /**
     * Refuses a document that is not UTF-8.
     *
     * @param json the document's bytes
     * @param source the name of the input, for the message
     * @param factory the reader's factory, to find the JSON pointer of a malformed byte (copied, so that no
     *     name of this document stays in the factory's shared symbol table)
     * @return where the JSON text starts: 3 after a UTF-8 byte-order mark, else 0
     * @throws BcfParseException if the bytes are not UTF-8, with the line and column of the first bad byte
     */
    static int check(byte[] json, String source, JsonFactory factory) {
        if (startsWith(json, 0, UTF32BE_BOM) || startsWith(json, 0, UTF32LE_BOM)) {
            throw atStart(source, "the document is UTF-32 (it starts with a UTF-32 byte-order mark);"
                    + " save it as UTF-8");
        }
        if (startsWith(json, 0, UTF16BE_BOM) || startsWith(json, 0, UTF16LE_BOM)) {
            throw atStart(source, "the document is UTF-16 (it starts with a UTF-16 byte-order mark);"
                    + " save it as UTF-8");
        }
        int start = startsWith(json, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (startsWith(json, start, UTF8_BOM)) {
            throw atStart(source, "the document starts with a second byte-order mark (U+FEFF); save it as UTF-8"
                    + " with at most one");
        }
        int firstNonBlank = DocumentStart.firstNonBlank(json, start);
        if (firstNonBlank > start && startsWith(json, firstNonBlank, UTF8_BOM)) {
            throw StrayCharacter.byteOrderMarkAfterWhitespace(source, json, start, firstNonBlank);
        }
        for (int i = start; i < Math.min(json.length, start + SNIFFED); i++) {
            if (json[i] == 0) {
                throw atStart(source, "found a NUL byte (0x00) at the start of the document, as in UTF-16 or"
                        + " UTF-32 text; save it as UTF-8");
            }
        }
        if (wellFormed(json, start)) {
            return start;
        }
        // Something is wrong: the JDK's decoder finds the first malformed sequence and its length.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json, start, json.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw malformed(json, start, in.position(), result.length(), source, factory);
            }
            if (result.isUnderflow()) {
                return start;
            }
            out.clear();
        }
    }

    /**
     * Whether the bytes from {@code from} on are well-formed UTF-8, by the table of well-formed
     * byte sequences of the Unicode Standard (section 3.9, table 3-7): no stray continuation byte,
     * no overlong form, no encoded surrogate, nothing beyond U+10FFFF, no truncated sequence. A
     * plain loop, without the decoder's buffers: decoding the whole document into a buffer was a
     * third of a full check's time (benchmarks/RESULTS.md). A false answer only sends the caller
     * to the decoder, which then names the first bad byte.
     */
    static boolean wellFormed(byte[] json, int from) {
        int i = from;
        int n = json.length;
        while (i < n) {
            // most of a document is ASCII: eight bytes at a time while none has its top bit set
            while (i + Long.BYTES <= n && ((long) EIGHT_BYTES.get(json, i) & ASCII_MASK) == 0) {
                i += Long.BYTES;
            }
            if (i >= n) {
                break;
            }
            int b = json[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            if (b >= 0xC2 && b <= 0xDF) {
                if (i + 1 >= n || !continuation(json[i + 1], 0x80, 0xBF)) {
                    return false;
                }
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                int low = b == 0xE0 ? 0xA0 : 0x80;
                int high = b == 0xED ? 0x9F : 0xBF;
                if (i + 2 >= n || !continuation(json[i + 1], low, high) || !continuation(json[i + 2], 0x80, 0xBF)) {
                    return false;
                }
                i += 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                int low = b == 0xF0 ? 0x90 : 0x80;
                int high = b == 0xF4 ? 0x8F : 0xBF;
                if (i + 3 >= n || !continuation(json[i + 1], low, high) || !continuation(json[i + 2], 0x80, 0xBF)
                        || !continuation(json[i + 3], 0x80, 0xBF)) {
                    return false;
                }
                i += 4;
            } else {
                return false; // a continuation byte with no lead, C0, C1 or F5 to FF
            }
        }
        return true;
    }

    private static boolean continuation(byte b, int low, int high) {
        int v = b & 0xFF;
        return v >= low && v <= high;
    }

    private static BcfParseException atStart(String source, String problem) {
        return new BcfParseException(source, "", 1, 1, problem);
    }

    private static BcfParseException malformed(byte[] json, int start, int offset, int length, String source,
            JsonFactory factory) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (json[i] == '\n') {
                line++;
                column = 1;
            } else if ((json[i] & 0xC0) != 0x80) {
                column++; // a character starts here; continuation bytes belong to the one before
            }
        }
        if (!DocumentStart.beginsAsObjectOrBlank(json, start)) {
            return new BcfParseException(source, "", line, column, "not valid UTF-8, and not a JSON document: a"
                    + " bcfkit document starts with \"{\" and this text does not (nothing of it is quoted)");
        }
        StringBuilder bytes = new StringBuilder();
        int quoted = Math.min(length, MOST_BYTES_QUOTED);
        for (int i = offset; i < offset + quoted; i++) {
            bytes.append(bytes.length() == 0 ? "" : " ").append(String.format("%02X", json[i] & 0xFF));
        }
        return new BcfParseException(source, pointerBefore(json, start, offset, factory), line, column,
                "not valid UTF-8: the " + (quoted == 1 ? "byte " : "bytes ") + bytes + (quoted == 1 ? " is" : " are")
                        + " not a character (save the file as UTF-8)");
    }

    /**
     * The JSON pointer of the value or property name that the byte at {@code offset} is in: the
     * text before it is parsed (within the same limits) as far as it goes.
     */
    private static String pointerBefore(byte[] json, int start, int offset, JsonFactory factory) {
        JsonParser p;
        try {
            p = factory.copy().createParser(json, start, offset - start);
        } catch (IOException | RuntimeException e) {
            return "";
        }
        boolean inText = false;
        try {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    inText = true;
                    p.getText();
                    inText = false;
                }
            }
            return Pointers.current(p);
        } catch (IOException | RuntimeException stopped) {
            JsonStreamContext context = p.getParsingContext();
            if (!inText && context != null && context.inObject() && p.currentToken() != JsonToken.FIELD_NAME) {
                // the bad byte is in the next property name: point at the object that holds it
                return context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
            }
            return Pointers.current(p);
        } finally {
            try {
                p.close();
            } catch (IOException ignored) {
                // a parser over bytes in memory has nothing to release
            }
        }
    }

    private static boolean startsWith(byte[] json, int from, int[] prefix) {
        if (json.length - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((json[from + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
