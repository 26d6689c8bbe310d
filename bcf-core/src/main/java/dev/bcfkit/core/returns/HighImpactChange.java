package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Labels;

/**
 * The eight changes of the High Impact Change Model for managing transfers of care, with the
 * 2017-19 template's labels ({@code [000:222-233]}; LGA model {@code [002:2742-2753]}).
 */
public enum HighImpactChange {
    /** "Chg 1 Early discharge planning". */
    EARLY_DISCHARGE_PLANNING("Early discharge planning"),
    /** "Chg 2 Systems to monitor patient flow". */
    SYSTEMS_TO_MONITOR_PATIENT_FLOW("Systems to monitor patient flow"),
    /** "Chg 3 Multi-disciplinary/multi-agency discharge teams". */
    MULTI_DISCIPLINARY_DISCHARGE_TEAMS("Multi-disciplinary/multi-agency discharge teams"),
    /** "Chg 4 Home first/discharge to assess". */
    HOME_FIRST_DISCHARGE_TO_ASSESS("Home first/discharge to assess"),
    /** "Chg 5 Seven-day service". */
    SEVEN_DAY_SERVICE("Seven-day service"),
    /** "Chg 6 Trusted assessors". */
    TRUSTED_ASSESSORS("Trusted assessors"),
    /** "Chg 7 Focus on choice". */
    FOCUS_ON_CHOICE("Focus on choice"),
    /** "Chg 8 Enhancing health in care homes". */
    ENHANCING_HEALTH_IN_CARE_HOMES("Enhancing health in care homes");

    private final String label;

    HighImpactChange(String label) {
        this.label = label;
    }

    /** @return the template's label */
    public String label() {
        return label;
    }

    /** @return 1 to 8, as in "Chg 1" */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * @param label the exact label
     * @return the change
     */
    public static HighImpactChange fromLabel(String label) {
        return Labels.find(values(), HighImpactChange::label, label, "high impact change");
    }
}
