package dev.bcfkit.rules.outcomes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a printed trend sentence says of the actual against the target: Mid-Nottinghamshire's
 * "Admissions are consistently lower than target" ({@code [001:38]}) says below it, "Attendances
 * are consistently above target" ({@code [001:39]}) and "Bed days are above target"
 * ({@code [001:41]}) say above it. Derived: the report's wording, read as plain English; a sentence
 * that says neither, or both, claims nothing the figures can contradict.
 */
enum TrendClaim {
    /** The sentence says the figures are below (lower than, under) the target. */
    BELOW_TARGET,
    /** The sentence says the figures are above (higher than, over) the target. */
    ABOVE_TARGET,
    /** The sentence says neither, or both. */
    NONE;

    private static final Pattern BELOW = Pattern.compile("\\b(lower than|below|under|less than)\\s+(the\\s+)?target");
    private static final Pattern ABOVE = Pattern.compile("\\b(higher than|above|over|more than|greater than)\\s+"
            + "(the\\s+)?target");

    /**
     * @param trend the printed trend, possibly null
     * @return what it claims
     */
    static TrendClaim of(String trend) {
        if (trend == null) {
            return NONE;
        }
        String text = trend.toLowerCase(Locale.ROOT);
        boolean below = BELOW.matcher(text).find();
        boolean above = ABOVE.matcher(text).find();
        if (below == above) {
            return NONE;
        }
        return below ? BELOW_TARGET : ABOVE_TARGET;
    }

    /** @return how a message says the claim: "below the target" */
    String words() {
        return this == BELOW_TARGET ? "below the target" : this == ABOVE_TARGET ? "above the target" : "nothing";
    }
}
