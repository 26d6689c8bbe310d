package dev.bcfkit.core;

/**
 * What is known of a document's shape, the model's Jakarta Bean Validation constraints (a
 * condition row names its condition, a name is not blank, a text is at most so long), when it
 * reaches a validator. Each constraint is judged once: a document built in code is
 * {@link #UNJUDGED} and the validator's Bean Validation judges every constraint; a document as
 * the strict reader read it, with every constraint judged as its records were built and none
 * broken, is {@link #HELD}, and the validator does not judge them again. The reader says which
 * (its {@code ReadResult.shape()}); a caller passes it on unchanged.
 */
public enum Shape {
    /** Not judged yet: the validator judges every constraint (Bean Validation). */
    UNJUDGED,
    /** Judged by the strict reader as it built the document, and every constraint holds. */
    HELD
}
