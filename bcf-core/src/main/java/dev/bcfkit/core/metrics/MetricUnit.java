package dev.bcfkit.core.metrics;

/**
 * The unit a metric's figure is reported in, as the paper prints it. The same metric is not
 * always reported in the same unit: Nottinghamshire's board report gives non-elective admissions
 * "per 100,000 population" and delayed transfers "(delayed days) from hospital per 100,000
 * population (average per month)" ({@code [000:23]}, {@code [000:26]}), Mid-Nottinghamshire
 * counts "28 admissions" and "14,000 bed days" ({@code [001:38-41]}), and Dorset speaks of "the
 * average number of patients delayed per day" ({@code [004:60]}). A target and an actual are only
 * compared when they are in the same unit.
 */
public enum MetricUnit {
    /** A count per 100,000 of the metric's population over the period ({@code [000:23-24]}, {@code [002:1078]}). */
    PER_100K("per 100,000"),
    /**
     * Delayed days per 100,000 population, average per month: "(average delayed transfers of care
     * (delayed days) per 100,000 population ... per month" ({@code [002:989]}, {@code [000:26]}).
     */
    PER_100K_PER_MONTH("per 100,000 per month"),
    /** A percentage, kept as printed: 84 for "84%" ({@code [000:25]}). */
    PERCENT("%"),
    /** A plain count over the period, such as "28 admissions" ({@code [001:38-41]}). */
    COUNT("count"),
    /** A count of delayed days over the period: "Delayed Transfers of Care (delayed days)" ({@code [000:213]}). */
    DELAYED_DAYS("delayed days"),
    /** The average number of patients delayed per day ({@code [004:60]}). */
    DELAYED_PER_DAY("delayed per day"),
    /** A unit the template leaves to the local plan. */
    LOCAL("as defined locally");

    private final String label;

    MetricUnit(String label) {
        this.label = label;
    }

    /** @return a plain-English label, also the unit's name in the JSON wire format */
    public String label() {
        return label;
    }
}
