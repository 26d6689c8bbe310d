package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.FinancialYear;
import java.io.IOException;

/**
 * Financial years as the templates print them, {@code "2017/18"} ({@code [000:22]}), as values
 * and as map keys. The model also reads {@code 2017-18} and {@code 17/18} from papers; the wire
 * has the one canonical form, so that a map cannot hold the same year under two spellings.
 */
final class FinancialYearWire implements Wire<FinancialYear>, KeyWire<FinancialYear> {
    static final FinancialYearWire INSTANCE = new FinancialYearWire();
    static final String PATTERN = "^[0-9]{4}/[0-9]{2}$";
    private static final String EXPECTED = "a financial year such as \"2017/18\"";

    private FinancialYearWire() {
    }

    @Override
    public FinancialYear read(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Found.mismatch(p, EXPECTED);
        }
        return parse(p.getText(), p);
    }

    @Override
    public FinancialYear fromKey(String key, JsonParser p) throws IOException {
        return parse(key, p);
    }

    private static FinancialYear parse(String text, JsonParser p) throws IOException {
        FinancialYear year;
        try {
            year = FinancialYear.parse(text);
        } catch (BcfException refusal) {
            throw CoreRefusal.at(p, refusal);
        }
        if (!year.toString().equals(text)) {
            throw WireException.at(p, "expected " + EXPECTED + ", found " + Found.quote(text) + " (write it as \""
                    + year + "\")");
        }
        return year;
    }

    @Override
    public void write(FinancialYear value, JsonGenerator g) throws IOException {
        g.writeString(value.toString());
    }

    @Override
    public String toKey(FinancialYear key) {
        return key.toString();
    }

    @Override
    public void describe(ObjectNode schema) {
        schema.put("type", "string");
        schema.put("pattern", PATTERN);
    }

    @Override
    public void describeKey(ObjectNode propertyNames) {
        propertyNames.put("pattern", PATTERN);
    }
}
