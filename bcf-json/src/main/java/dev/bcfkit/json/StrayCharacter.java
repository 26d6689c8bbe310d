package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;

/**
 * A character outside ASCII where JSON allows only its own punctuation, whitespace or the start of
 * a value: most often a byte-order mark (U+FEFF) after whitespace or between values, as a text
 * editor leaves when two files are pasted together. The document's UTF-8 is already known to be
 * well formed ({@link DocumentEncoding}), so Jackson's "Invalid UTF-8 start byte" for such a
 * character is wrong; here the character is named as what it is, at its own line and column.
 */
final class StrayCharacter {
    private static final int BYTE_ORDER_MARK = 0xFEFF;

    private StrayCharacter() {
    }

    /**
     * @param p the parser that stopped at the character
     * @return the pointer of the value it stopped at or, between the properties of an object, of the object
     */
    static String pointer(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        if (context != null && context.inObject() && p.currentToken() != JsonToken.FIELD_NAME) {
            return context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
        }
        return Pointers.current(p);
    }

    /**
     * The refusal of a byte-order mark after the whitespace at the start of a document.
     *
     * @param source the name of the input
     * @param json the bytes
     * @param start where the text starts
     * @param at where the mark is
     * @return the refusal
     */
    static BcfParseException byteOrderMarkAfterWhitespace(String source, byte[] json, int start, int at) {
        int[] place = place(json, start, at);
        return new BcfParseException(source, "", place[0], place[1], "found a byte-order mark (U+FEFF) after"
                + " whitespace: it is allowed only as the very first bytes of the file (remove it, or the whitespace"
                + " before it)");
    }

    /**
     * @param source the name of the input
     * @param pointer the JSON pointer where the parser stopped
     * @param json the well-formed UTF-8 bytes
     * @param start where the text starts (after a byte-order mark)
     * @param location where Jackson stopped, at or just after a byte of the character
     * @return the refusal, or null if no character outside ASCII is there
     */
    static BcfParseException at(String source, String pointer, byte[] json, int start, JsonLocation location) {
        if (location == null || location.getByteOffset() < 0) {
            return null;
        }
        long offset = start + location.getByteOffset();
        int lead = -1;
        for (long i = Math.min(offset, json.length - 1L); i >= Math.max(start, offset - 1) && lead < 0; i--) {
            if (json[(int) i] < 0) {
                lead = (int) i;
            }
        }
        if (lead < 0) {
            return null;
        }
        while (lead > start && (json[lead] & 0xC0) == 0x80) {
            lead--;
        }
        int length = (json[lead] & 0xE0) == 0xC0 ? 2 : (json[lead] & 0xF0) == 0xE0 ? 3 : 4;
        int codePoint = new String(json, lead, Math.min(length, json.length - lead), StandardCharsets.UTF_8)
                .codePointAt(0);
        int[] place = place(json, start, lead);
        String name = String.format("U+%04X", codePoint);
        return new BcfParseException(source, pointer, place[0], place[1], codePoint == BYTE_ORDER_MARK
                ? "found a byte-order mark (U+FEFF) inside the document: it is allowed only as the very first bytes"
                        + " of the file (remove it)"
                : "unexpected character " + name + " outside a text: JSON allows only its punctuation, whitespace"
                        + " and values here (is text missing its double quotes?)");
    }

    /** The line and column of the character that starts at byte {@code at}, counted from {@code start}. */
    private static int[] place(byte[] json, int start, int at) {
        int line = 1;
        int column = 1;
        for (int i = start; i < at; i++) {
            if (json[i] == '\n') {
                line++;
                column = 1;
            } else if ((json[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
