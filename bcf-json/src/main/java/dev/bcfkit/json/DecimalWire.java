package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Plain decimal figures of the model (percentages such as an uplift of 2.5, rates such as 13.29,
 * the national funding table in £bn such as 3.582) as JSON numbers, read exactly from the text
 * into a {@link BigDecimal} with the scale as written ({@code 84.0} stays {@code 84.0}), never
 * through {@code double}. An exponent form that is not plain, such as {@code 1e999999999}, and
 * more than {@value Limits#MAX_DECIMAL_SCALE} decimal places, such as {@code 1e-100000000}, are
 * refused before any arithmetic can be done with them; any other exponent form ({@code 2.5E0}) is
 * refused too, since numbers are written out in full.
 */
final class DecimalWire implements Wire<BigDecimal> {
    static final DecimalWire INSTANCE = new DecimalWire();

    private DecimalWire() {
    }

    @Override
    public BigDecimal read(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw Found.mismatch(p, "a number");
        }
        BigDecimal value = p.getDecimalValue();
        if (value.scale() < 0) {
            throw WireException.at(p, "expected a number written out in full, found " + Found.describe(p)
                    + " (an exponent form with negative scale " + value.scale() + ")");
        }
        if (value.scale() > Limits.MAX_DECIMAL_SCALE) {
            throw WireException.at(p, "expected at most " + Limits.MAX_DECIMAL_SCALE + " decimal places, found "
                    + value.scale() + " in " + Found.describe(p));
        }
        if (Exponents.isExponentForm(p)) {
            throw WireException.at(p, "expected a number written out in full, found " + Found.describe(p)
                    + " (an exponent form)");
        }
        return value;
    }

    @Override
    public void write(BigDecimal value, JsonGenerator g) throws IOException {
        g.writeNumber(value.toPlainString());
    }

    @Override
    public void describe(ObjectNode schema) {
        schema.put("type", "number");
    }
}
