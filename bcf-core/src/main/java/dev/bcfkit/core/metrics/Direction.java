package dev.bcfkit.core.metrics;

/**
 * Which way is better for a metric: "Low is good for all the indicators" ({@code [001:29]}) for
 * admissions and delayed transfers; high is good for reablement ({@code [000:25]}).
 */
public enum Direction {
    /** Lower values are better (admissions, delayed days). */
    LOWER_IS_BETTER,
    /** Higher values are better (reablement, patient experience). */
    HIGHER_IS_BETTER;

    /** @return the other direction */
    public Direction flip() {
        return this == LOWER_IS_BETTER ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }
}
