package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * How a type travels as a JSON property name, for the model's maps: financial years
 * ({@code "2017/18"}), reporting periods ({@code "2017/18 Q2"}), quarters ({@code "Q1"}),
 * labelled values such as care settings ({@code "Social Care"}) and named bodies such as district
 * councils.
 *
 * @param <K> the key type
 */
interface KeyWire<K> {
    /**
     * @param key the property name
     * @param p the parser, on the property name, for the error's place
     * @return the key
     * @throws IOException ({@link WireException}) if the name is not such a key
     */
    K fromKey(String key, JsonParser p) throws IOException;

    /**
     * @param key a key
     * @return its property name
     */
    String toKey(K key);

    /**
     * Describes the property names in JSON Schema terms.
     *
     * @param propertyNames the {@code propertyNames} schema to fill in
     */
    void describeKey(ObjectNode propertyNames);
}
