package dev.bcfkit.rules;

/**
 * The logic of a rule: a pure function of a document and its context, reporting findings to
 * an emitter. No I/O, no clock, no static mutable state (a design principle: "Rules are pure").
 *
 * @param <T> the document type: a quarterly return, a plan or a pooled budget
 */
@FunctionalInterface
public interface Check<T> {
    /**
     * @param document the document to judge
     * @param context the edition, period, tolerances and reference figures
     * @param emitter where to report findings
     */
    void run(T document, RuleContext context, Emitter emitter);
}
