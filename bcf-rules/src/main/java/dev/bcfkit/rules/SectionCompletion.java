package dev.bcfkit.rules;

/**
 * One row of the template's question-completion checklist: "No. of questions answered" per
 * section ({@code [002:869-876]}: "1. Cover 5 ... 7. Narrative 1"). A section is complete when
 * every expected question is answered; the template turns the cell green.
 *
 * @param section the section's name as the cover sheet gives it, such as "4. Income and Expenditure"
 * @param answered how many of its questions are answered
 * @param expected how many questions it has in this edition and quarter
 */
public record SectionCompletion(String section, int answered, int expected) {
    /** @return whether every expected question is answered */
    public boolean isComplete() {
        return answered >= expected;
    }
}
