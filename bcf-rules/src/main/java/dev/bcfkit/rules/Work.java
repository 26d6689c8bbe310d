package dev.bcfkit.rules;

import java.util.Comparator;

/**
 * A count of the steps a validation takes, for the scaling tests: findings reported and built,
 * names keyed and compared, map entries indexed, steps of a path walked. Work is counted, never
 * timed, so that a test can see a quadratic path as a count that quadruples when the input
 * doubles. One meter belongs to one validation (it is not thread-safe); {@link #NONE} counts
 * nothing and is what every validation uses unless a test asks otherwise.
 */
class Work {
    /** The meter that counts nothing. */
    static final Work NONE = new Work() {
        @Override
        void add(long steps) {
            // not measured
        }
    };

    private long steps;

    /**
     * @param steps how many steps were taken
     */
    void add(long steps) {
        this.steps += steps;
    }

    /** @return the steps counted so far */
    long steps() {
        return steps;
    }

    /**
     * @param order an order
     * @param <T> what it compares
     * @return the same order, counting one step per comparison
     */
    <T> Comparator<T> counting(Comparator<T> order) {
        return this == NONE ? order : (a, b) -> {
            add(1);
            return order.compare(a, b);
        };
    }
}
