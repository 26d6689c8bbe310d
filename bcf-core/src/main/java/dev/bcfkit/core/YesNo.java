package dev.bcfkit.core;

import dev.bcfkit.core.internal.Labels;

/**
 * A Yes/No answer cell, such as "Have the funds been pooled via a s.75 pooled budget?"
 * ({@code [002:881]}, {@code [000:203]}). A blank answer is {@code null}, never {@code NO}.
 */
public enum YesNo {
    /** "Yes". */
    YES("Yes"),
    /** "No". */
    NO("No");

    private final String label;

    YesNo(String label) {
        this.label = label;
    }

    /** @return the template's label */
    public String label() {
        return label;
    }

    /**
     * @param label "Yes" or "No" exactly
     * @return the answer
     * @throws BcfException for any other text
     */
    public static YesNo fromLabel(String label) {
        return Labels.find(values(), YesNo::label, label, "answer");
    }
}
