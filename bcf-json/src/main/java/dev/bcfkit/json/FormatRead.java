package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;

/**
 * A document whose {@code "format"}, its first member, {@link BcfJson} has already read to tell
 * its kind: the reader of that kind is handed the same parser at the format's value and reads on
 * from there, so the text is parsed once ({@code BcfJson.readDocument}). Travels as a reader
 * attribute and is taken once, by the document record at the root.
 *
 * @param format the format read
 * @param start where the document's object starts, for the messages of missing members
 */
record FormatRead(DocumentFormat format, JsonLocation start) {
    /** The reader attribute under which it travels. */
    static final String ATTRIBUTE = FormatRead.class.getName();

    /**
     * Takes the format already read, if the parser is at it: at the root object's format value,
     * for a reader of that very format.
     *
     * @param ctxt the reading context
     * @param expected the format of the record being read
     * @param p the parser
     * @return the format read and where the object starts, or null if the record starts as usual
     */
    static FormatRead take(DeserializationContext ctxt, DocumentFormat expected, JsonParser p) {
        if (!(ctxt.getAttribute(ATTRIBUTE) instanceof FormatRead read) || read.format != expected
                || p.currentToken() != JsonToken.VALUE_STRING || !p.getParsingContext().inObject()
                || p.getParsingContext().getParent() == null || !p.getParsingContext().getParent().inRoot()) {
            return null;
        }
        ctxt.setAttribute(ATTRIBUTE, null);
        return read;
    }
}
