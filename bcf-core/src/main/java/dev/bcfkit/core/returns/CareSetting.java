package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Labels;

/**
 * The six care settings of the 2016/17 additional measures, in template order ({@code [002:1094]}).
 */
public enum CareSetting {
    /** "GP". */
    GP("GP"),
    /** "Hospital". */
    HOSPITAL("Hospital"),
    /** "Social Care". */
    SOCIAL_CARE("Social Care"),
    /** "Community". */
    COMMUNITY("Community"),
    /** "Mental health". */
    MENTAL_HEALTH("Mental health"),
    /** "Specialised palliative". */
    SPECIALISED_PALLIATIVE("Specialised palliative");

    private final String label;

    CareSetting(String label) {
        this.label = label;
    }

    /** @return the exact template label */
    public String label() {
        return label;
    }

    /**
     * @param label the exact label
     * @return the setting
     */
    public static CareSetting fromLabel(String label) {
        return Labels.find(values(), CareSetting::label, label, "care setting");
    }
}
