package dev.bcfkit.core.metrics;

/**
 * The population a rate is expressed against: all ages for non-elective admissions
 * ({@code [002:1267]}), aged 18+ for delayed transfers ({@code [002:1271]}), aged 65+ for
 * residential admissions and reablement ({@code [002:1078]}, {@code [002:2456]}).
 */
public enum AgeBand {
    /** The whole population. */
    ALL_AGES("all ages"),
    /** Aged 18 and over. */
    AGED_18_PLUS("aged 18+"),
    /** Aged 65 and over. */
    AGED_65_PLUS("aged 65+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    /** @return a plain-English label such as "aged 65+" */
    public String label() {
        return label;
    }
}
