package dev.bcfkit.core.metrics;

import dev.bcfkit.core.internal.Labels;

/**
 * A red/amber/green rating of a metric against its target, as in Nottinghamshire's Table 1
 * "RAG and trend" ({@code [000:22-26]}: "G", "A", "R").
 */
public enum Rag {
    /** The target is met ("G"). */
    GREEN("G"),
    /** Not met, but within the amber tolerance ("A"). */
    AMBER("A"),
    /** Not met, beyond the tolerance ("R"). */
    RED("R");

    private final String letter;

    Rag(String letter) {
        this.letter = letter;
    }

    /** @return the letter the reports print */
    public String letter() {
        return letter;
    }

    /**
     * @param letter "G", "A" or "R"
     * @return the rating
     */
    public static Rag fromLetter(String letter) {
        return Labels.find(values(), Rag::letter, letter, "RAG rating");
    }
}
