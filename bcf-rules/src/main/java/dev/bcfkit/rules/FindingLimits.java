package dev.bcfkit.rules;

/**
 * How many findings a {@link Report} lists, so that its size, and the size of anything printed
 * from it, stays proportional to the document and small however hostile the document is: at most
 * {@value #PER_RULE} findings of each rule and {@value #PER_DOCUMENT} of one document.
 * Derived: the papers set no such limit; a real return gives a few dozen findings at most, and
 * nobody reads the thousandth finding of a kind.
 *
 * <p>When a rule finds more than it may list, the listed ones are its first, in document order,
 * and one summary finding follows them, with the rule's own id, severity and source, at the path
 * of the first finding left out, saying how many more there are ("and 239,002 more like this").
 * Once a document has {@value #PER_DOCUMENT} findings, each later rule that finds anything gives
 * its summary finding only. So a report has at most {@value #PER_DOCUMENT} findings plus one
 * summary per rule (and one {@code RULE-FAILED} per failing rule), and {@link Report#omitted()}
 * says how many findings were found but not listed. The findings left out are counted, never
 * built: their messages and paths are not written when the rule asks
 * {@link Emitter#reportLazily}.
 */
public final class FindingLimits {
    /** The most findings of one rule a report lists (its summary finding aside). */
    public static final int PER_RULE = 100;
    /** The most findings of one document a report lists (summary findings aside). */
    public static final int PER_DOCUMENT = 1_000;

    private FindingLimits() {
    }
}
