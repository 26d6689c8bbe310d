package dev.bcfkit.rules;

import dev.bcfkit.core.Text;

/**
 * Counts one section's questions as the template's checklist does: each question asked adds one
 * to the expected count, and one to the answered count if it is answered.
 */
final class Tally {
    private final String section;
    private int answered;
    private int expected;

    /**
     * @param section the section's name as the cover sheet prints it
     */
    Tally(String section) {
        this.section = section;
    }

    /**
     * @param isAnswered whether the question is answered
     * @return this tally
     */
    Tally ask(boolean isAnswered) {
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
    Tally text(String cell) {
        return ask(!Text.isBlank(cell));
    }

    /**
     * @param cell a value cell, possibly null
     * @return this tally, with a question answered when the cell is filled in
     */
    Tally value(Object cell) {
        return ask(cell != null);
    }

    /** @return the section's completion */
    SectionCompletion completion() {
        return new SectionCompletion(section, answered, expected);
    }
}
