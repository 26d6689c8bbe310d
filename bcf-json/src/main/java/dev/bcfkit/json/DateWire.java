package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates (sign-offs, "estimated date when condition will be met (DD/MM/YYYY)", {@code [002:895]})
 * as ISO strings {@code yyyy-MM-dd}. The templates' DD/MM/YYYY is a display form; the wire has
 * one form only, and an impossible date such as {@code 2017-02-31} is refused, never adjusted.
 */
final class DateWire implements Wire<LocalDate> {
    static final DateWire INSTANCE = new DateWire();
    static final String PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private DateWire() {
    }

    @Override
    public LocalDate read(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Found.mismatch(p, "a date such as \"2017-03-31\"");
        }
        String text = p.getText();
        if (!SHAPE.matcher(text).matches()) {
            throw Found.mismatch(p, "a date written yyyy-MM-dd, such as \"2017-03-31\"");
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw WireException.at(p, "expected a date that exists, found " + Found.describe(p));
        }
    }

    @Override
    public void write(LocalDate value, JsonGenerator g) throws IOException {
        g.writeString(value.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    @Override
    public void describe(ObjectNode schema) {
        schema.put("type", "string");
        schema.put("format", "date");
        schema.put("pattern", PATTERN);
    }
}
