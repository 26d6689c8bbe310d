package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value of the wire format that cannot be read, found while binding: it knows the JSON pointer
 * of the offending value and says what was expected in plain English. Inside the Jackson
 * machinery it is an ordinary {@link JsonMappingException}, so an application that registers
 * {@link BcfModule} on its own {@code ObjectMapper} sees the usual Jackson exception;
 * {@link BcfJson} turns it into a {@link BcfParseException} and never lets it out.
 */
final class WireException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String plainMessage;

    private WireException(JsonParser parser, String pointer, String plainMessage, JsonLocation location) {
        super(parser, (pointer.isEmpty() ? "" : pointer + ": ") + plainMessage, location);
        this.pointer = pointer;
        this.plainMessage = plainMessage;
    }

    /**
     * A problem with the value at the parser's current token.
     *
     * @param p the parser, positioned on the offending token
     * @param plainMessage what was expected and what was found
     * @return the exception
     */
    static WireException at(JsonParser p, String plainMessage) {
        return new WireException(p, Pointers.current(p), plainMessage, p.currentTokenLocation());
    }

    /**
     * A problem at a known place, such as a property missing from an object.
     *
     * @param p the parser
     * @param pointer the JSON pointer of the offending (or missing) value
     * @param location where in the text to point the reader
     * @param plainMessage what was expected and what was found
     * @return the exception
     */
    static WireException at(JsonParser p, String pointer, JsonLocation location, String plainMessage) {
        return new WireException(p, pointer, plainMessage, location);
    }

    /** @return the JSON pointer of the offending value, "" for the whole document */
    String pointer() {
        return pointer;
    }

    /** @return the plain-English message, without pointer or location */
    String plainMessage() {
        return plainMessage;
    }
}
