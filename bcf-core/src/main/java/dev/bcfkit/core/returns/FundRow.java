package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;

/**
 * The three rows of an income or expenditure grid ({@code [002:1022]}).
 */
public enum FundRow {
    /** "Plan". */
    PLAN,
    /** "Forecast". */
    FORECAST,
    /** "Actual*". */
    ACTUAL;

    /**
     * @param flow a grid
     * @return this row of the grid, or null if it was left blank
     */
    public @Nullable QuarterlyFigures of(FundFlow flow) {
        return switch (this) {
            case PLAN -> flow.plan();
            case FORECAST -> flow.forecast();
            case ACTUAL -> flow.actual();
        };
    }

    /** @return the JSON property name of this row, such as {@code forecast} */
    public String property() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
