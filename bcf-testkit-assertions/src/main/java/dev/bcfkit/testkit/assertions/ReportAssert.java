package dev.bcfkit.testkit.assertions;

import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.SectionCompletion;
import dev.bcfkit.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Fluent assertions on a validation {@link Report}: which findings it has (by rule id and
 * severity, then narrowed by path and message), that it has none, and whether the return is
 * complete and ready to submit: "Only when all 7 cells are green should the template be sent"
 * ({@code [002:1229]}).
 *
 * <pre>{@code
 * import static dev.bcfkit.testkit.assertions.ReportAssert.assertThat;
 *
 * assertThat(validator.validate(southendQ4))
 *         .hasNoErrors()
 *         .isNotComplete()
 *         .hasOnly("METRIC-ASSESSMENT-CONTRADICTS-RAG");
 * assertThat(report).hasError("FIN-ANNUAL-EQUALS-POOLED")
 *         .at("/incomeAndExpenditure/income/plan/annualTotal")
 *         .withMessageContaining("13131049");
 * }</pre>
 *
 * <p>A failed assertion throws an {@link AssertionError} whose message says what was expected and
 * then lists the report's findings, one a line (severity, rule id, path, message), at most
 * 25 of them and each message cut at
 * 300 characters. Instances are not thread-safe; make one per
 * assertion chain.
 */
public final class ReportAssert {
    private final Report report;

    private ReportAssert(Report report) {
        this.report = report;
    }

    /**
     * @param report a report from {@code BcfValidator}
     * @return assertions on it
     * @throws NullPointerException if the report is null
     */
    public static ReportAssert assertThat(Report report) {
        return new ReportAssert(Objects.requireNonNull(report, "report"));
    }

    /** @return the report under test */
    public Report report() {
        return report;
    }

    /**
     * Asserts that the report has at least one {@link Severity#ERROR} of the rule.
     *
     * @param ruleId a rule id, such as {@code FIN-ANNUAL-EQUALS-POOLED}
     * @return assertions on the ERROR findings of that rule, to narrow by path or message
     * @throws AssertionError if there is none
     */
    public FindingAssert hasError(String ruleId) {
        return has(Severity.ERROR, ruleId);
    }

    /**
     * Asserts that the report has at least one {@link Severity#WARNING} of the rule.
     *
     * @param ruleId a rule id
     * @return assertions on the WARNING findings of that rule
     * @throws AssertionError if there is none
     */
    public FindingAssert hasWarning(String ruleId) {
        return has(Severity.WARNING, ruleId);
    }

    /**
     * Asserts that the report has at least one {@link Severity#INFO} of the rule.
     *
     * @param ruleId a rule id
     * @return assertions on the INFO findings of that rule
     * @throws AssertionError if there is none
     */
    public FindingAssert hasInfo(String ruleId) {
        return has(Severity.INFO, ruleId);
    }

    /**
     * Asserts that the report has at least one finding of the rule, of any severity.
     *
     * @param ruleId a rule id
     * @return assertions on the findings of that rule
     * @throws AssertionError if there is none
     */
    public FindingAssert hasFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        List<Finding> matching = report.findingsOf(ruleId);
        if (matching.isEmpty()) {
            throw fail("expected a finding of " + ruleId + ", but there is none");
        }
        return new FindingAssert(this, "a finding of " + ruleId, matching);
    }

    /**
     * Asserts that the report has no finding of the rule, of any severity.
     *
     * @param ruleId a rule id, such as {@code RULE-FAILED}
     * @return this
     * @throws AssertionError if it has one
     */
    public ReportAssert hasNoFindingOf(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        int found = report.findingsOf(ruleId).size();
        if (found > 0) {
            throw fail("expected no finding of " + ruleId + ", but there " + (found == 1 ? "is 1" : "are " + found));
        }
        return this;
    }

    private FindingAssert has(Severity severity, String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        List<Finding> matching = report.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId) && f.severity() == severity).toList();
        String wanted = FindingsListing.article(severity) + " " + severity + " " + ruleId;
        if (matching.isEmpty()) {
            List<Severity> others = report.findingsOf(ruleId).stream().map(Finding::severity).distinct().toList();
            String found = others.isEmpty() ? "there is no finding of that rule"
                    : "the rule's findings are " + others + " only";
            throw fail("expected " + wanted + ", but " + found);
        }
        return new FindingAssert(this, wanted, matching);
    }

    /**
     * Asserts that no finding is an {@link Severity#ERROR}; warnings and information may remain.
     *
     * @return this
     * @throws AssertionError if some finding is an ERROR
     */
    public ReportAssert hasNoErrors() {
        long errors = report.count(Severity.ERROR);
        if (errors > 0) {
            throw fail("expected no ERROR, but there " + (errors == 1 ? "is 1" : "are " + errors));
        }
        return this;
    }

    /**
     * Asserts that the report has no finding at all, of any severity, and left none out.
     *
     * @return this
     * @throws AssertionError if it has one
     */
    public ReportAssert hasNoFindings() {
        if (!report.findings().isEmpty() || report.isTruncated()) {
            throw fail("expected no finding, but there are " + (report.findings().size() + report.omitted()));
        }
        return this;
    }

    /**
     * Asserts that the report's findings come from exactly these rules: each rule named has at
     * least one finding, of any severity, and no other rule has one. With no rule ids, it is
     * {@link #hasNoFindings()}.
     *
     * @param ruleIds the rule ids
     * @return this
     * @throws AssertionError if a rule named has no finding or another rule has one
     */
    public ReportAssert hasOnly(String... ruleIds) {
        Set<String> expected = new LinkedHashSet<>(List.of(ruleIds));
        Set<String> actual = new LinkedHashSet<>();
        report.findings().forEach(f -> actual.add(f.ruleId()));
        List<String> missing = expected.stream().filter(id -> !actual.contains(id)).toList();
        List<String> unexpected = actual.stream().filter(id -> !expected.contains(id)).toList();
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            List<String> why = new ArrayList<>();
            if (!missing.isEmpty()) {
                why.add(missing + (missing.size() == 1 ? " has" : " have") + " no finding");
            }
            if (!unexpected.isEmpty()) {
                why.add("other rules have findings: " + unexpected);
            }
            throw fail("expected findings of exactly the rules " + expected + ", but " + String.join(" and ", why));
        }
        return this;
    }

    /**
     * Asserts that every section's questions are all answered (the checklist is green).
     *
     * @return this
     * @throws AssertionError if a section is incomplete
     */
    public ReportAssert isComplete() {
        List<SectionCompletion> incomplete = incompleteSections();
        if (!incomplete.isEmpty()) {
            throw fail("expected the report to be complete, but " + sections(incomplete));
        }
        return this;
    }

    /**
     * Asserts that some section has a question unanswered.
     *
     * @return this
     * @throws AssertionError if every section is complete (or the document has no checklist)
     */
    public ReportAssert isNotComplete() {
        if (report.isComplete()) {
            throw fail("expected the report not to be complete, but " + (report.completion().isEmpty()
                    ? "the document has no checklist, which counts as complete"
                    : "all " + report.completion().size() + " sections are"));
        }
        return this;
    }

    /**
     * Asserts that the return may be sent: complete and no ERROR ({@link Report#isReadyToSubmit()}).
     *
     * @return this
     * @throws AssertionError if a section is incomplete or some finding is an ERROR
     */
    public ReportAssert isReadyToSubmit() {
        if (!report.isReadyToSubmit()) {
            List<String> why = new ArrayList<>();
            List<SectionCompletion> incomplete = incompleteSections();
            if (!incomplete.isEmpty()) {
                why.add(sections(incomplete));
            }
            long errors = report.count(Severity.ERROR);
            if (errors > 0) {
                why.add(errors + (errors == 1 ? " finding is an ERROR" : " findings are ERRORs"));
            }
            throw fail("expected the report to be ready to submit, but " + String.join(" and ", why));
        }
        return this;
    }

    private List<SectionCompletion> incompleteSections() {
        return report.completion().stream().filter(s -> !s.isComplete()).toList();
    }

    private String sections(List<SectionCompletion> incomplete) {
        StringBuilder b = new StringBuilder().append(incomplete.size()).append(" of ")
                .append(report.completion().size()).append(incomplete.size() == 1 ? " sections is not:" : " sections are not:");
        for (SectionCompletion s : incomplete) {
            b.append(" \"").append(FindingsListing.oneLine(s.section())).append("\" ").append(s.answered())
                    .append(" of ").append(s.expected()).append(';');
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    /**
     * @param expectation what was expected and what was found instead, one sentence
     * @return the error to throw: the sentence, then the report's findings
     */
    AssertionError fail(String expectation) {
        return new AssertionError(expectation + "\n" + FindingsListing.of(report));
    }
}
