package dev.bcfkit.core.metrics;

/**
 * The unit a metric is reported in ({@code [002:1225-1290]}).
 */
public enum MetricUnit {
    /** A count per 100,000 population over the period. */
    PER_100K("per 100,000"),
    /** Delayed days per 100,000 population, average per month ({@code [002:989]}). */
    PER_100K_PER_MONTH("per 100,000 per month"),
    /** A percentage. */
    PERCENT("%"),
    /** A plain count, as in local outcome tables ({@code [001:38-41]}). */
    COUNT("count"),
    /** A unit the template leaves to the local plan. */
    LOCAL("as defined locally");

    private final String label;

    MetricUnit(String label) {
        this.label = label;
    }

    /** @return a plain-English label */
    public String label() {
        return label;
    }
}
