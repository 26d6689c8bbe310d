package dev.bcfkit.rules;

import com.google.common.collect.ImmutableList;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import java.util.List;
import java.util.Objects;

/**
 * The result of validating one plan or return: the findings in a stable order (shape violations
 * first, then rules in rulebook order), and per-section question completion reproducing the
 * template's checklist. "Only when all 7 cells are green should the template be sent"
 * ({@code [002:1229]}).
 *
 * @param edition the edition the document was judged by
 * @param period the reporting period of a return, or null for a plan or pooled budget
 * @param findings the findings, in order; immutable, as the type says
 * @param completion per-section completion, in template order (empty where a document has no
 *     checklist); immutable
 * @param omitted how many findings were found but not listed ({@link FindingLimits}): each rule
 *     that left findings out has a summary finding among {@code findings} saying how many; 0 when
 *     every finding is listed. The counts of {@link #count(Severity)} are of the listed findings.
 */
public record Report(Edition edition, ReportingPeriod period, ImmutableList<Finding> findings,
        ImmutableList<SectionCompletion> completion, long omitted) {

    /**
     * @throws NullPointerException if the edition or a list is null
     * @throws IllegalArgumentException if the omitted count is negative
     */
    public Report {
        Objects.requireNonNull(edition, "edition");
        findings = ImmutableList.copyOf(findings);
        completion = ImmutableList.copyOf(completion);
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted: expected 0 or more findings, found " + omitted);
        }
    }

    /**
     * A report of findings and completion in any list, copied into immutable lists.
     *
     * @param edition the edition the document was judged by
     * @param period the reporting period of a return, or null for a plan or pooled budget
     * @param findings the findings, in order
     * @param completion per-section completion, in template order
     * @param omitted how many findings were found but not listed
     * @throws NullPointerException if the edition, a list or an element of one is null
     * @throws IllegalArgumentException if the omitted count is negative
     */
    public Report(Edition edition, ReportingPeriod period, List<Finding> findings, List<SectionCompletion> completion,
            long omitted) {
        this(edition, period, ImmutableList.copyOf(findings), ImmutableList.copyOf(completion), omitted);
    }

    /**
     * A report that lists every finding.
     *
     * @param edition the edition the document was judged by
     * @param period the reporting period of a return, or null for a plan or pooled budget
     * @param findings the findings, in order
     * @param completion per-section completion, in template order
     * @throws NullPointerException if the edition, a list or an element of one is null
     */
    public Report(Edition edition, ReportingPeriod period, List<Finding> findings, List<SectionCompletion> completion) {
        this(edition, period, findings, completion, 0);
    }

    /** @return whether some findings were found but not listed ({@link #omitted()} is more than 0) */
    public boolean isTruncated() {
        return omitted > 0;
    }

    /** @return whether every section's questions are all answered */
    public boolean isComplete() {
        return completion.stream().allMatch(SectionCompletion::isComplete);
    }

    /**
     * Whether the return may be sent: "Only when all 7 cells are green should the template be
     * sent" ({@code [002:1229]}), that is every question answered and no error.
     *
     * @return {@link #isComplete()} and not {@link #hasErrors()}
     */
    public boolean isReadyToSubmit() {
        return isComplete() && !hasErrors();
    }

    /** @return whether any finding is an {@link Severity#ERROR} */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * @param severity a severity
     * @return how many findings have it
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * @param ruleId a rule id
     * @return the findings of that rule, in order
     */
    public ImmutableList<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(ImmutableList.toImmutableList());
    }
}
