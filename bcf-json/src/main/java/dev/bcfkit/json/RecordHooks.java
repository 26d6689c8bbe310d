package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;

/**
 * What a record's reading needs beyond its components, for the one record whose meaning depends
 * on another part of the document: a quarterly return, whose {@code period} decides the edition
 * against which the national condition codes are resolved ({@link ReturnEditionHooks}).
 */
interface RecordHooks {
    /** No extra steps. */
    RecordHooks NONE = new RecordHooks() {
    };

    /**
     * Called before the record's first property is read.
     *
     * @param ctxt the reading context
     * @return what to restore when the record is done, or null
     */
    default Object started(DeserializationContext ctxt) {
        return null;
    }

    /**
     * Called after each component is read.
     *
     * @param name the component's name
     * @param value the value read, or null for a blank
     * @param p the parser
     * @param pointer the JSON pointer of the value
     * @param location where the value starts
     * @param ctxt the reading context
     * @throws IOException ({@link WireException}) if the value cannot be accepted
     */
    default void read(String name, Object value, JsonParser p, String pointer, JsonLocation location,
            DeserializationContext ctxt) throws IOException {
    }

    /**
     * Called once every component is read and before the record is built.
     *
     * @param shape the record's shape
     * @param args the component values, which may be replaced
     * @param p the parser
     * @param ctxt the reading context
     * @throws IOException ({@link WireException}) if the values cannot be accepted
     */
    default void completing(RecordShape<?> shape, Object[] args, JsonParser p, DeserializationContext ctxt)
            throws IOException {
    }

    /**
     * Called when the record is done, whether it was read or not.
     *
     * @param ctxt the reading context
     * @param restore what {@link #started} returned
     */
    default void finished(DeserializationContext ctxt, Object restore) {
    }
}
