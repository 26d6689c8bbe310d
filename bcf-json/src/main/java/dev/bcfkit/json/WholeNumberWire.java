package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * Counts of the model (personal health budgets, populations, calendar years) as JSON integers.
 * A number with a fraction is refused unless the reader enables
 * {@link DeserializationFeature#ACCEPT_FLOAT_AS_INT}, and even then only a whole value such as
 * {@code 5.0} is taken: nothing is ever truncated. A value outside the Java type's range is
 * refused, never wrapped.
 *
 * @param <T> {@code Long} or {@code Integer}
 */
final class WholeNumberWire<T extends Number> implements Wire<T> {
    /** {@code long} and {@code Long}. */
    static final WholeNumberWire<Long> LONG = new WholeNumberWire<>(Long.MIN_VALUE, Long.MAX_VALUE,
            BigInteger::longValueExact);
    /** {@code int} and {@code Integer}. */
    static final WholeNumberWire<Integer> INT = new WholeNumberWire<>(Integer.MIN_VALUE, Integer.MAX_VALUE,
            BigInteger::intValueExact);

    private final long min;
    private final long max;
    private final Function<BigInteger, T> convert;

    private WholeNumberWire(long min, long max, Function<BigInteger, T> convert) {
        this.min = min;
        this.max = max;
        this.convert = convert;
    }

    @Override
    public T read(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        BigInteger value;
        if (t == JsonToken.VALUE_NUMBER_INT) {
            value = p.getBigIntegerValue();
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT && ctxt.isEnabled(DeserializationFeature.ACCEPT_FLOAT_AS_INT)) {
            BigDecimal decimal = p.getDecimalValue();
            if (decimal.scale() < -Limits.MAX_NUMBER_LENGTH || decimal.stripTrailingZeros().scale() > 0) {
                throw Found.mismatch(p, "a whole number");
            }
            value = decimal.toBigIntegerExact();
        } else {
            throw Found.mismatch(p, "a whole number");
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw WireException.at(p, "expected a whole number from " + min + " to " + max + ", found "
                    + Found.describe(p));
        }
        return convert.apply(value);
    }

    @Override
    public void write(T value, JsonGenerator g) throws IOException {
        g.writeNumber(value.longValue());
    }

    @Override
    public void describe(ObjectNode schema) {
        schema.put("type", "integer");
        schema.put("minimum", min);
        schema.put("maximum", max);
    }
}
