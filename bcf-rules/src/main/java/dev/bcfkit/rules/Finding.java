package dev.bcfkit.rules;

import java.util.Objects;

/**
 * One problem found in a plan or return, explained (a design principle: "Findings explain themselves"):
 * the rule's stable id, its severity, a JSON-pointer path to the offending element such as
 * {@code /incomeAndExpenditure/income/forecast/q3}, a plain-English message with the numbers
 * involved, and where the rule comes from, such as {@code [002:1251]}.
 *
 * @param ruleId the rule's stable id, such as {@code FIN-ANNUAL-EQUALS-POOLED}
 * @param severity how serious it is
 * @param path the JSON pointer of the element, {@code ""} for the whole document
 * @param message the explanation, quoting the values
 * @param source the provenance: seed line and policy paragraph
 */
public record Finding(String ruleId, Severity severity, String path, String message, String source) {
    /**
     * @throws NullPointerException if any component is null
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }

    /** @return one line: {@code ERROR FIN-ANNUAL-EQUALS-POOLED /path: message [source]} */
    @Override
    public String toString() {
        return severity + " " + ruleId + " " + (path.isEmpty() ? "/" : path) + ": " + message + " " + source;
    }
}
