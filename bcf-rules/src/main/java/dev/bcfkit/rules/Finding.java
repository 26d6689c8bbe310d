package dev.bcfkit.rules;

import java.util.Objects;

/**
 * One problem found in a plan or return, explained (a design principle: "Findings explain themselves"):
 * the rule's stable id, its severity, a JSON-pointer path to the offending element such as
 * {@code /incomeAndExpenditure/income/forecast/q3}, a plain-English message with the numbers
 * involved, where the rule comes from, such as {@code [002:1251]}, and the rule set it belongs
 * to: {@value RuleSet#NATIONAL} for the library's own rules, or the name of a council's
 * {@link RuleSet#local local rule set}.
 *
 * @param ruleId the rule's stable id, such as {@code FIN-ANNUAL-EQUALS-POOLED}
 * @param severity how serious it is
 * @param path the JSON pointer of the element, {@code ""} for the whole document
 * @param message the explanation, quoting the values
 * @param source the provenance: seed line and policy paragraph
 * @param ruleSet the rule set of the rule: {@value RuleSet#NATIONAL} or a local rule set's name
 */
public record Finding(String ruleId, Severity severity, String path, String message, String source, String ruleSet) {
    /**
     * @throws NullPointerException if any component is null
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ruleSet, "ruleSet");
    }

    /**
     * A finding of one of the library's own rules (rule set {@value RuleSet#NATIONAL}).
     *
     * @param ruleId the rule's stable id
     * @param severity how serious it is
     * @param path the JSON pointer of the element, {@code ""} for the whole document
     * @param message the explanation, quoting the values
     * @param source the provenance
     * @throws NullPointerException if any component is null
     */
    public Finding(String ruleId, Severity severity, String path, String message, String source) {
        this(ruleId, severity, path, message, source, RuleSet.NATIONAL);
    }

    /** @return whether the finding comes from a council's local rule set rather than the national rules */
    public boolean isLocal() {
        return !RuleSet.NATIONAL.equals(ruleSet);
    }

    /**
     * @return one line: {@code ERROR FIN-ANNUAL-EQUALS-POOLED /path: message [source]}, and for a
     *     local rule's finding {@code (rule set "name")} at the end
     */
    @Override
    public String toString() {
        return severity + " " + ruleId + " " + (path.isEmpty() ? "/" : path) + ": " + message + " " + source
                + (isLocal() ? " (rule set \"" + ruleSet + "\")" : "");
    }
}
