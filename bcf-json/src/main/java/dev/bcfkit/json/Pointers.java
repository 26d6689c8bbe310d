package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * JSON pointers (RFC 6901) of the value a parser is on, such as
 * {@code /incomeAndExpenditure/income/plan/q3}: the parser's own parsing context knows the path
 * of every token, for a value as well as for the object or array it starts.
 */
final class Pointers {
    private Pointers() {
    }

    /**
     * @param p a parser
     * @return the pointer of the value (or property name) the parser is on; "" for the root
     */
    static String current(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        String pointer = context == null ? "" : context.pathAsPointer().toString();
        ReaderWork.add(1 + pointer.length());
        return pointer;
    }

    /**
     * @param parent the pointer of an object
     * @param property a property name
     * @return the pointer of that property, with {@code ~} and {@code /} escaped
     */
    static String child(String parent, String property) {
        return parent + JsonPointer.SEPARATOR + property.replace("~", "~0").replace("/", "~1");
    }
}
