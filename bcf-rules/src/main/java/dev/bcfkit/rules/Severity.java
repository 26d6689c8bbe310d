package dev.bcfkit.rules;

/**
 * How serious a finding is (DESIGN.md, Principles). {@code ERROR}: the template's validation
 * would stay red, or the policy says "must"; {@code WARNING}: the template asks for an
 * explanation, or the policy says "should"; {@code INFO}: worth knowing, such as a £1 rounding
 * difference in published figures.
 */
public enum Severity {
    /** The return or plan is wrong and would not pass the template or assurance. */
    ERROR,
    /** Needs attention or an explanation. */
    WARNING,
    /** Information only. */
    INFO
}
