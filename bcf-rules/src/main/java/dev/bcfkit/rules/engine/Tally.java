package dev.bcfkit.rules.engine;

import dev.bcfkit.core.Text;
import dev.bcfkit.rules.SectionCompletion;

/**
 * Counts one section's questions as the template's checklist does: each question asked adds one
 * to the expected count, and one to the answered count if it is answered.
 */
public final class Tally {
    private final String section;
    private int answered;
    private int expected;

    /**
     * @param section the section's name as the cover sheet prints it
     */
    public Tally(String section) {
        this.section = section;
    }

    /**
     * @param isAnswered whether the question is answered
     * @return this tally
     */
    public Tally ask(boolean isAnswered) {
        expected++;
        if (isAnswered) {
            answered++;
        }
        return this;
    }

    /**
     * @param cell a text cell, possibly null
     * @return this tally, with a question answered when the cell is not blank
     */
    public Tally text(String cell) {
        return ask(!Text.isBlank(cell));
    }

    /**
     * @param cell a value cell, possibly null
     * @return this tally, with a question answered when the cell is filled in
     */
    public Tally value(Object cell) {
        return ask(cell != null);
    }

    /** @return the section's completion */
    public SectionCompletion completion() {
        return new SectionCompletion(section, answered, expected);
    }
}
