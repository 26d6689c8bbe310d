package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's {@code "format"} property and says clearly what is wrong with it: a kind the
 * library does not know, a version of a known kind that this reader cannot read (a newer one),
 * or a document of another kind than the one asked for.
 */
final class FormatProperty {
    private static final Pattern NAME = Pattern.compile("bcfkit/([a-z][a-z0-9-]{0,40})/([0-9]{1,9})");

    private FormatProperty() {
    }

    /**
     * @param p the parser, on the property's value
     * @return the format the value names
     * @throws IOException ({@link WireException}) if it is not a format this reader knows
     */
    static DocumentFormat read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Found.mismatch(p, "a format name, one of " + DocumentFormat.known());
        }
        String text = p.getText();
        Matcher m = NAME.matcher(text);
        if (m.matches()) {
            Optional<DocumentFormat> known = DocumentFormat.forKind(m.group(1));
            if (known.isPresent()) {
                DocumentFormat format = known.get();
                if (Integer.parseInt(m.group(2)) == format.version()) {
                    return format;
                }
                throw WireException.at(p, "this reader knows version " + format.version() + " of "
                        + DocumentFormat.PREFIX + format.kind() + " (\"" + format.id() + "\"), found "
                        + Found.quote(text) + ", a version it cannot read");
            }
        }
        throw WireException.at(p, "expected a known document format, one of " + DocumentFormat.known()
                + ", found " + Found.quote(text));
    }

    /**
     * @param p the parser, on the property's value
     * @param expected the format the caller asked for
     * @throws IOException ({@link WireException}) if the value names another or an unknown format
     */
    static void expect(JsonParser p, DocumentFormat expected) throws IOException {
        DocumentFormat found = read(p);
        if (found != expected) {
            throw WireException.at(p, "expected " + expected.description() + " (\"" + expected.id() + "\"), found "
                    + found.description() + " (\"" + found.id() + "\")");
        }
    }
}
