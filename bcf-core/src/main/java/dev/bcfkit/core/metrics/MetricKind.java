package dev.bcfkit.core.metrics;

/**
 * The metrics a Health and Wellbeing Board reports against: the four national metrics of
 * 2017-19 ({@code [002:497-506]}), the 2016/17 local and patient-experience metrics
 * ({@code [002:1064-1076]}) and the personal health budgets measure ({@code [002:1132]}).
 */
public enum MetricKind {
    /** "Non-Elective Admissions": NEA per 100,000 population, all ages ({@code [002:1056]}, {@code [002:1267]}). */
    NON_ELECTIVE_ADMISSIONS("Non-Elective Admissions", MetricUnit.PER_100K, Direction.LOWER_IS_BETTER,
            AgeBand.ALL_AGES),
    /** "Rate of permanent admissions to residential care per 100,000 population (65+)" ({@code [002:1078]}); annual. */
    RESIDENTIAL_ADMISSIONS("Admissions to residential care", MetricUnit.PER_100K, Direction.LOWER_IS_BETTER,
            AgeBand.AGED_65_PLUS),
    /** "Proportion of older people (65 and over) who were still at home 91 days after discharge ..." ({@code [002:2456]}). */
    REABLEMENT("Reablement", MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER, AgeBand.AGED_65_PLUS),
    /** "Delayed Transfers of Care (delayed days) from hospital per 100,000 population (aged 18+)" ({@code [002:1061]}). */
    DELAYED_TRANSFERS_OF_CARE("Delayed Transfers of Care", MetricUnit.PER_100K_PER_MONTH,
            Direction.LOWER_IS_BETTER, AgeBand.AGED_18_PLUS),
    /** "Number of Personal Health Budgets per 100,000 population" ({@code [002:1132]}); all ages ({@code [002:1287]}). */
    PERSONAL_HEALTH_BUDGETS("Personal Health Budgets", MetricUnit.PER_100K, Direction.HIGHER_IS_BETTER,
            AgeBand.ALL_AGES),
    /** "Local performance metric as described in your approved BCF plan" ({@code [002:1064]}), 2016/17. */
    LOCAL("Local performance metric", MetricUnit.LOCAL, Direction.HIGHER_IS_BETTER, AgeBand.ALL_AGES),
    /** "Local defined patient experience metric as described in your approved BCF plan" ({@code [002:1072]}), 2016/17. */
    PATIENT_EXPERIENCE("Local defined patient experience metric", MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER,
            AgeBand.ALL_AGES);

    private final String label;
    private final MetricUnit unit;
    private final Direction direction;
    private final AgeBand ageBand;

    MetricKind(String label, MetricUnit unit, Direction direction, AgeBand ageBand) {
        this.label = label;
        this.unit = unit;
        this.direction = direction;
        this.ageBand = ageBand;
    }

    /** @return the template's block label */
    public String label() {
        return label;
    }

    /** @return the unit the metric is reported in */
    public MetricUnit unit() {
        return unit;
    }

    /** @return which way is better; local metrics default to higher and may be overridden per figure */
    public Direction direction() {
        return direction;
    }

    /** @return the population the rate is expressed against */
    public AgeBand ageBand() {
        return ageBand;
    }
}
