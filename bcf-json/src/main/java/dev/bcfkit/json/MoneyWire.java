package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Money;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Amounts in pounds as plain JSON numbers: {@code 13131049} for the pooled fund
 * ({@code [002:1048]}, whole pounds) and {@code 20.00} for a fee in pounds and pence
 * ({@code [004:178]}). The number is read exactly from its text, never through {@code double},
 * and keeps its scale: {@code 20.00} stays {@code 20.00} and {@code 13131049} stays scale 0.
 * {@link Money#of(BigDecimal)} decides what is an amount: a fraction of a penny ({@code 12.345}),
 * an exponent form ({@code 1e999999999}, {@code 1e-100000000}) or more than
 * {@value Money#MAX_INTEGER_DIGITS} integer digits are refused with its message; an exponent form
 * that denotes an exact amount ({@code 1.3131049E7}) is refused too, since amounts are written out
 * in full.
 */
final class MoneyWire implements Wire<Money> {
    static final MoneyWire INSTANCE = new MoneyWire();
    /** The largest amount the model accepts from outside: 15 nines and 99 pence. */
    static final BigDecimal LARGEST = BigDecimal.TEN.pow(Money.MAX_INTEGER_DIGITS).subtract(new BigDecimal("0.01"));

    private MoneyWire() {
    }

    @Override
    public Money read(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw Found.mismatch(p, "an amount in pounds");
        }
        Money amount;
        try {
            amount = Money.of(p.getDecimalValue());
        } catch (BcfException refusal) {
            throw CoreRefusal.at(p, refusal);
        }
        if (Exponents.isExponentForm(p)) {
            // Money.of accepts 1.3131049E7 (scale 0, exactly 13131049); the wire format asks for
            // amounts written out in full, as the templates print them, so it is refused here.
            throw WireException.at(p, "expected an amount in pounds written out in full, found "
                    + Found.describe(p) + " (an exponent form)");
        }
        return amount;
    }

    @Override
    public void write(Money value, JsonGenerator g) throws IOException {
        g.writeNumber(value.amount().toPlainString());
    }

    @Override
    public void describe(ObjectNode schema) {
        schema.put("type", "number");
        schema.put("multipleOf", new BigDecimal("0.01"));
        schema.put("minimum", LARGEST.negate());
        schema.put("maximum", LARGEST);
    }
}
