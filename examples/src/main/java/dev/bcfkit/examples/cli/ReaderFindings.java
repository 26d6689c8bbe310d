package dev.bcfkit.examples.cli;

import dev.bcfkit.json.ReaderNotice;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.FindingLimits;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reader's notices as findings: each label read as the template prints it ("NEA" for
 * "Non-Elective Admissions", {@code [000:208]}) becomes a WARNING with the rule id
 * {@value ReaderNotice#RULE_ID} at the value's JSON pointer, listed before the validator's
 * findings, so that nothing the reader changed passes silently. As the validator does for a rule
 * ({@link FindingLimits}), at most {@value FindingLimits#PER_RULE} are listed, then one summary
 * finding says how many more there are; the report's omitted count includes them.
 */
final class ReaderFindings {
    private ReaderFindings() {
    }

    /**
     * @param report the validator's report of the document
     * @param notices the reader's notices, in document order
     * @return the report with the notices as WARNING findings first
     */
    static Report with(Report report, List<ReaderNotice> notices) {
        if (notices.isEmpty()) {
            return report;
        }
        List<Finding> findings = new ArrayList<>(Math.min(notices.size(), FindingLimits.PER_RULE + 1)
                + report.findings().size());
        int listed = Math.min(notices.size(), FindingLimits.PER_RULE);
        for (int i = 0; i < listed; i++) {
            findings.add(finding(notices.get(i).pointer(), notices.get(i).message()));
        }
        long omitted = notices.size() - listed;
        if (omitted > 0) {
            findings.add(finding(notices.get(listed).pointer(), "and " + String.format(Locale.UK, "%,d", omitted)
                    + " more like this, from here on, not listed: a report lists at most " + FindingLimits.PER_RULE
                    + " findings of a rule"));
        }
        findings.addAll(report.findings());
        return new Report(report.edition(), report.period(), findings, report.completion(),
                report.omitted() + omitted);
    }

    private static Finding finding(String pointer, String message) {
        return new Finding(ReaderNotice.RULE_ID, Severity.WARNING, pointer == null ? "" : pointer, message,
                ReaderNotice.provenance());
    }
}
