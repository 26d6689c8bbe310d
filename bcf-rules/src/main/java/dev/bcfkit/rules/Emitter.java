package dev.bcfkit.rules;

import dev.bcfkit.rules.engine.Pointer;
import java.util.function.Supplier;

/**
 * What a rule's check reports its findings to. The rule's id, severity and provenance are added
 * by the rule itself, so a check only says where and what.
 *
 * <p>A check that may report many findings (one per row of a long list) should report them with
 * {@link #reportLazily}: the {@link BcfValidator} lists only so many findings of a rule
 * ({@link FindingLimits}) and then writes neither the message nor the path of the ones it leaves
 * out.
 */
@FunctionalInterface
public interface Emitter {
    /**
     * @param path the JSON pointer of the offending element, built with {@link Pointer}
     * @param message a plain-English message that names the field and quotes the values
     */
    void report(String path, String message);

    /**
     * Reports a finding whose path and message are written only if the finding is kept: an
     * emitter that lists a bounded number of findings ({@link FindingLimits}) counts the ones it
     * leaves out without calling the suppliers (the path of the first one left out aside). By
     * default both are written at once and passed to {@link #report(String, String)}.
     *
     * @param path writes the JSON pointer of the offending element
     * @param message writes the message
     */
    default void reportLazily(Supplier<String> path, Supplier<String> message) {
        report(path.get(), message.get());
    }
}
