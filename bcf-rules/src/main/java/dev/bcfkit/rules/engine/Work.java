package dev.bcfkit.rules.engine;

import dev.bcfkit.rules.RuleContext;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * A count of the steps a validation takes, for the scaling tests: findings reported and built,
 * names keyed and compared, map entries indexed, steps of a path walked. Work is counted, never
 * timed, so that a test can see a quadratic path as a count that quadruples when the input
 * doubles. One meter belongs to one validation (it is not thread-safe); {@link #NONE} counts
 * nothing and is what every validation uses unless a test asks otherwise.
 */
public class Work {
    /** The meter that counts nothing. */
    public static final Work NONE = new Work() {
        @Override
        public void add(long steps) {
            // not measured
        }
    };

    private static volatile Function<RuleContext, Work> meters;

    private long steps;

    /**
     * Tells the engine how to read the meter of a context; {@link RuleContext} calls it once, when
     * it is loaded, so that the rules in other packages can count their work without the meter
     * being part of the public API.
     *
     * @param reader reads a context's meter
     * @throws IllegalStateException if a reader is installed already
     */
    public static synchronized void readMetersWith(Function<RuleContext, Work> reader) {
        if (meters != null) {
            throw new IllegalStateException("the meters of rule contexts are read already");
        }
        meters = Objects.requireNonNull(reader, "reader");
    }

    /**
     * @param context a rule context
     * @return the meter its validations count their work on ({@link #NONE} unless measured)
     */
    public static Work of(RuleContext context) {
        return meters.apply(context);
    }

    /**
     * @param steps how many steps were taken
     */
    public void add(long steps) {
        this.steps += steps;
    }

    /** @return the steps counted so far */
    public long steps() {
        return steps;
    }

    /**
     * @param order an order
     * @param <T> what it compares
     * @return the same order, counting one step per comparison
     */
    public <T> Comparator<T> counting(Comparator<T> order) {
        return this == NONE ? order : (a, b) -> {
            add(1);
            return order.compare(a, b);
        };
    }
}
