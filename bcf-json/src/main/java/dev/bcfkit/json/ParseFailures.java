package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever stopped the reader into a {@link BcfParseException} in plain English, with the
 * JSON pointer and the line and column, so that no Jackson type reaches the caller: a value the
 * wire format refuses ({@link WireException}), broken JSON (a missing quote, a truncated file, a
 * duplicate key, {@code NaN}), content after the document, and a reader limit ({@link Limits})
 * exceeded. Jackson's own wording is used only as a last resort, without its class names.
 */
final class ParseFailures {
    private static final Pattern LIMIT = Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) [\"'](.*)[\"']$",
            Pattern.DOTALL);
    private static final Pattern NON_NUMERIC = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile(
            "^Unexpected character \\((.*) \\(code \\d+\\)\\)(?:: was expecting (.*))?$", Pattern.DOTALL);
    private static final String HASH_FLOODING = "suspect a DoS attack based on hash collisions";
    private static final Pattern TRAILING = Pattern.compile("^Trailing token \\(of type (\\w+)\\)");

    private ParseFailures() {
    }

    /**
     * @param source the name of the input
     * @param p the parser that failed, for the pointer and location where the exception has none
     * @param failure what Jackson or the wire threw
     * @return the exception for the caller
     */
    static BcfParseException translate(String source, JsonParser p, JsonProcessingException failure) {
        if (failure instanceof WireException wire) {
            return at(source, wire.pointer(), wire.getLocation(), wire.plainMessage());
        }
        String pointer = p == null ? "" : Pointers.current(p);
        JsonLocation location = failure.getLocation() != null ? failure.getLocation()
                : p == null ? null : p.currentLocation();
        String original = firstLine(failure.getOriginalMessage());
        if (original.contains(HASH_FLOODING)) {
            // Jackson's own defence: names built to collide in its symbol table. Point at the object.
            JsonStreamContext object = p == null || p.getParsingContext() == null ? null
                    : p.getParsingContext().getParent();
            return at(source, object == null ? "" : object.pathAsPointer().toString(), location,
                    "too many property names that collide in the reader's hash table: names built to slow the"
                            + " reader down are refused");
        }
        if (failure instanceof StreamConstraintsException) {
            return at(source, pointer, location, limit(original));
        }
        if (failure instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return at(source, pointer, location, truncated(original));
        }
        if (p != null && p.getParsingContext() != null && p.getParsingContext().inRoot()
                && p.getLastClearedToken() != null) {
            return at(source, "", location, "unexpected content after the end of the document");
        }
        Matcher m = TRAILING.matcher(original);
        if (m.find()) {
            return at(source, "", location, "unexpected content after the end of the document");
        }
        return at(source, pointer, location, syntax(original));
    }

    /**
     * @param source the name of the input
     * @param pointer the JSON pointer
     * @param location the location, or null
     * @param problem the plain-English problem
     * @return the exception for the caller
     */
    static BcfParseException at(String source, String pointer, JsonLocation location, String problem) {
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        return new BcfParseException(source, pointer, line, column, problem);
    }

    private static String limit(String original) {
        Matcher m = LIMIT.matcher(original);
        if (!m.find()) {
            return "the document exceeds a limit of the reader: " + withoutHints(original);
        }
        String what = m.group(1);
        String found = m.group(2);
        String most = m.group(3);
        if (what.startsWith("Number value length")) {
            return "a number of " + found + " characters is longer than the reader allows (at most " + most + ")";
        }
        // Jackson checks the length of a text or name as it fills its buffers, so the length it
        // reports is where it stopped, not the length of the text: say only what is known.
        if (what.startsWith("String value length")) {
            return "a text of more than " + most + " characters is longer than the reader allows (at most " + most
                    + ")";
        }
        if (what.startsWith("Name length")) {
            return "a property name of more than " + most + " characters is longer than the reader allows (at most "
                    + most + ")";
        }
        if (what.startsWith("Document nesting depth")) {
            return "objects and lists are nested deeper than the reader allows (at most " + most + " levels)";
        }
        if (what.startsWith("Document length")) {
            return "the document is larger than the reader allows (at most " + most + " bytes)";
        }
        return "the document exceeds a limit of the reader: " + withoutHints(original);
    }

    private static String truncated(String original) {
        String detail;
        if (original.contains("close marker for Object") || original.contains("Object entries")) {
            detail = ": an object is not closed";
        } else if (original.contains("close marker for Array") || original.contains("Array entries")) {
            detail = ": a list is not closed";
        } else if (original.contains("String value")) {
            detail = ": a text is not closed";
        } else {
            detail = "";
        }
        return "the document ends too early" + detail + " (is the file complete?)";
    }

    private static String syntax(String original) {
        if (original.contains("maybe a (non-standard) comment?")) {
            return "found a comment, which JSON does not allow";
        }
        Matcher m = DUPLICATE.matcher(original);
        if (m.find()) {
            return "the property " + Found.quote(m.group(1)) + " appears twice";
        }
        m = NON_NUMERIC.matcher(original);
        if (m.find()) {
            return "found " + m.group(1) + ", which JSON does not allow: numbers must be finite";
        }
        m = UNRECOGNIZED.matcher(original);
        if (m.find()) {
            return "expected a JSON value, found " + m.group(1) + " (is text missing its double quotes?)";
        }
        m = UNEXPECTED_CHARACTER.matcher(original);
        if (m.find()) {
            String expecting = m.group(2);
            return "unexpected character " + m.group(1)
                    + (expecting == null ? "" : ": expected " + plainWords(expecting));
        }
        if (original.startsWith("No content to map")) {
            return "the document is empty";
        }
        return "not valid JSON: " + plainWords(withoutHints(original));
    }

    private static String plainWords(String jackson) {
        return jackson.replace("double-quote", "a double quote").replace("field name", "property name")
                .replace("'", "\"");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String withoutHints(String original) {
        return original.replaceAll("\\s*\\(from `[^`]*`\\)", "")
                .replaceAll(": enable `[A-Za-z.]*Feature\\.[A-Z_]+` to allow", "")
                .replaceAll("`[A-Za-z.]*Feature\\.[A-Z_]+`", "a reader setting");
    }
}
