package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Labels;

/**
 * The High Impact Change Model maturity levels, in ascending order exactly as the LGA model's
 * column headers give them ({@code [002:2827]}): Not yet established &lt; Plans in place &lt;
 * Established &lt; Mature &lt; Exemplary. Compare with {@link #compareTo}.
 */
public enum MaturityLevel {
    /** "Not yet established". */
    NOT_YET_ESTABLISHED("Not yet established"),
    /** "Plans in place". */
    PLANS_IN_PLACE("Plans in place"),
    /** "Established". */
    ESTABLISHED("Established"),
    /** "Mature". */
    MATURE("Mature"),
    /** "Exemplary". */
    EXEMPLARY("Exemplary");

    private final String label;

    MaturityLevel(String label) {
        this.label = label;
    }

    /** @return the exact template label */
    public String label() {
        return label;
    }

    /**
     * "If 'Mature' or 'Exemplary', please provide further rationale to support this assessment"
     * ({@code [000:221]}).
     *
     * @return whether this level needs a rationale
     */
    public boolean requiresRationale() {
        return this == MATURE || this == EXEMPLARY;
    }

    /**
     * @param label the exact label
     * @return the level
     */
    public static MaturityLevel fromLabel(String label) {
        return Labels.find(values(), MaturityLevel::label, label, "maturity level");
    }
}
