package dev.bcfkit.core.metrics;

/**
 * Which way is better for a metric: low is good for admissions and delayed transfers
 * ({@code [000:23]}, {@code [000:26]}: below target is G, above it R); high is good for
 * reablement ({@code [000:25]}).
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
