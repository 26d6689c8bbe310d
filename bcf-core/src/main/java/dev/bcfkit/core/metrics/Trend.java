package dev.bcfkit.core.metrics;

/**
 * The trend against the previous period, goodness-adjusted: up means better, whatever the
 * metric's direction ({@code [000:23-26]}: BCF1 "G ↑" for falling admissions, BCF4 "R ↓").
 */
public enum Trend {
    /** Better than the previous period ("↑"). */
    IMPROVING("↑"),
    /** The same as the previous period ("→"). */
    UNCHANGED("→"),
    /** Worse than the previous period ("↓"). */
    WORSENING("↓");

    private final String arrow;

    Trend(String arrow) {
        this.arrow = arrow;
    }

    /** @return the arrow the reports print */
    public String arrow() {
        return arrow;
    }
}
