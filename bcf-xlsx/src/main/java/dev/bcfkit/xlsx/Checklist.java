package dev.bcfkit.xlsx;

/**
 * The checklist sheet the writer adds: for each section, the input cells answered and expected,
 * "Yes" when all are answered, as the template's checklist turns a cell green only when its
 * question is answered ({@code [002:1217-1219]}, {@code [002:1229]}). The counts are of the
 * cells the writer laid out (derived), not the template's own question counts.
 */
final class Checklist {
    static final String SHEET = "Checklist";
    static final String SECTION = "Section";
    static final String ANSWERED = "Answered";
    static final String EXPECTED = "Expected";
    static final String COMPLETE = "Complete";

    private Checklist() {
    }
}
