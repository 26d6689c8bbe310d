package dev.bcfkit.rules;

/**
 * What a rule's check reports its findings to. The rule's id, severity and provenance are added
 * by the rule itself, so a check only says where and what.
 */
@FunctionalInterface
public interface Emitter {
    /**
     * @param path the JSON pointer of the offending element, built with {@link Pointer}
     * @param message a plain-English message that names the field and quotes the values
     */
    void report(String path, String message);
}
