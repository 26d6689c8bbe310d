package dev.bcfkit.rules;

import dev.bcfkit.rules.engine.Blank;
/**
 * How serious a finding is (a design principle).
 *
 * <ul>
 * <li>{@code ERROR}: the document is wrong: a figure that does not add up, a value outside its
 * range or list, an answer that contradicts another, or a question that another answer makes
 * necessary left blank (an explanation for a "No", a rationale for "Mature", a comment on a
 * difference, a fee uplift when a rate is missing), or the policy says "must".</li>
 * <li>{@code WARNING}: needs attention: the policy says "should", the template asks for an
 * explanation, or a question the template always asks is still blank. Blank questions make the
 * return incomplete: the template's checklist ({@link Report#completion()}) counts them as
 * unanswered and {@link Report#isComplete()} is false, but a blank is not judged as a wrong
 * figure (blank is not zero). This is what lets the published papers, which lose some cells in
 * print, be checked without inventing values.</li>
 * <li>{@code INFO}: worth knowing, such as a £1 rounding difference in published figures.</li>
 * </ul>
 */
public enum Severity {
    /** The return or plan is wrong and would not pass the template or assurance. */
    ERROR,
    /** Needs attention or an explanation. */
    WARNING,
    /** Information only. */
    INFO
}
