package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonToken;

/**
 * How a document begins, and the refusal of one that does not begin as a JSON object. A bcfkit
 * document is an object, so its first character (after whitespace and an optional byte-order mark)
 * is <code>{</code>. Text that does not begin so is not taken for JSON at all: it may be any file a
 * path or a symbolic link happens to name (a key file, a password list, a picture), so its refusal
 * quotes <em>nothing</em> of its content, not a word, a character or a byte; it says only what kind
 * of value came first, or that the text is not JSON.
 */
final class DocumentStart {
    private DocumentStart() {
    }

    /**
     * @param json the bytes
     * @param start where the text starts (after a byte-order mark)
     * @return the index of the first byte that is not JSON whitespace, or {@code json.length}
     */
    static int firstNonBlank(byte[] json, int start) {
        int i = start;
        while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r')) {
            i++;
        }
        return i;
    }

    /**
     * @param json the bytes
     * @param start where the text starts (after a byte-order mark)
     * @return whether the text begins as a JSON object, or is blank (then it is refused as empty)
     */
    static boolean beginsAsObjectOrBlank(byte[] json, int start) {
        int i = firstNonBlank(json, start);
        return i == json.length || json[i] == '{';
    }

    /**
     * The refusal of a document whose first value is not an object, naming only the kind of value.
     *
     * @param source the name of the input
     * @param json the bytes
     * @param start where the text starts
     * @param first the first token, or null if the text is not JSON from its first character
     * @param expected what the object is, such as "a quarterly return" or "a bcfkit document"
     * @return the exception
     */
    static BcfParseException notAnObject(String source, byte[] json, int start, JsonToken first, String expected) {
        int at = firstNonBlank(json, start);
        int line = 1;
        int column = 1;
        for (int i = start; i < at; i++) {
            if (json[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String found = first == null ? null : switch (first) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a flag (true or false)";
            case VALUE_NULL -> "null";
            default -> null;
        };
        return new BcfParseException(source, "", line, column, found != null
                ? "expected an object (" + expected + "), found " + found
                : "not a JSON document: a bcfkit document starts with \"{\" and this text does not (nothing of it"
                        + " is quoted)");
    }
}
