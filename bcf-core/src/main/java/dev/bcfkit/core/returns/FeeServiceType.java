package dev.bcfkit.core.returns;

/**
 * The three service types of the 2018/19 average-fee questions ({@code [004:166-181]}), each with
 * its unit.
 */
public enum FeeServiceType {
    /** Home care, "£ per contact hour" ({@code [004:178]}). */
    HOME_CARE("Home care", "£ per contact hour"),
    /** "external provider care homes without nursing for clients aged 65+", "£ per client per week" ({@code [004:180]}). */
    RESIDENTIAL_65_PLUS("Care homes without nursing, clients aged 65+", "£ per client per week"),
    /** "external provider care homes with nursing for clients aged 65+", "£ per client per week" ({@code [004:181]}). */
    NURSING_65_PLUS("Care homes with nursing, clients aged 65+", "£ per client per week");

    private final String label;
    private final String unit;

    FeeServiceType(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** @return a plain-English label */
    public String label() {
        return label;
    }

    /** @return the unit the fee is given in */
    public String unit() {
        return unit;
    }
}
