package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Labels;

/**
 * An answer to a national condition: "Please Select ('Yes', 'No' or 'No - In Progress')"
 * ({@code [002:895]}); from 2016/17 Q4 only Yes or No ({@code [002:2242]}), and in 2017-19 Yes
 * or No ({@code [000:195]}). A blank answer is {@code null}.
 */
public enum ConditionAnswer {
    /** "Yes". */
    YES("Yes"),
    /** "No". */
    NO("No"),
    /** "No - In Progress" (2016/17 Q1-Q3 only), with a space either side of the hyphen. */
    NO_IN_PROGRESS("No - In Progress");

    private final String label;

    ConditionAnswer(String label) {
        this.label = label;
    }

    /** @return the exact template label */
    public String label() {
        return label;
    }

    /** @return whether the answer says the condition is not (yet) met */
    public boolean isNotMet() {
        return this != YES;
    }

    /**
     * @param label the exact template label
     * @return the answer
     * @throws dev.bcfkit.core.BcfException for any other text
     */
    public static ConditionAnswer fromLabel(String label) {
        return Labels.find(values(), ConditionAnswer::label, label, "condition answer");
    }
}
