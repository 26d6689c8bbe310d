package dev.bcfkit.examples.cli;

import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.FindingLimits;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbook reader's notices as findings: a formula where the template wants a typed value is
 * read as the value Excel cached and never recalculated, so each is a WARNING with the rule id
 * {@value #RULE_ID} at the pointer of the value read from that cell, listed first. At most
 * {@value FindingLimits#PER_RULE} are listed, as the validator lists a rule's findings.
 */
final class WorkbookFindings {
    /** The rule id of a workbook reader's notice. */
    static final String RULE_ID = "READ-WORKBOOK-FORMULA";
    /** Why: derived, since the papers print the templates' cells, not how a tool reads them. */
    static final String SOURCE = "derived: the templates ask for typed values ([000:180-254], [004]); a formula"
            + " is not evaluated, its cached value is read";

    private WorkbookFindings() {
    }

    /**
     * @param report the report of the document read from the workbook
     * @param cells the workbook's cells and notices
     * @return the report with the notices as WARNING findings first; the report itself when there
     *     are none
     */
    static Report with(Report report, Cells cells) {
        List<String> notices = cells.notices();
        if (notices.isEmpty()) {
            return report;
        }
        List<Finding> findings = new ArrayList<>();
        int listed = Math.min(notices.size(), FindingLimits.PER_RULE);
        for (int i = 0; i < listed; i++) {
            String notice = notices.get(i);
            findings.add(new Finding(RULE_ID, Severity.WARNING, cells.pointerAt(cellOf(notice)), notice, SOURCE));
        }
        findings.addAll(report.findings());
        return new Report(report.edition(), report.period(), findings, report.completion(),
                report.omitted() + notices.size() - listed);
    }

    /** A notice starts with its cell and ": "; a sheet's name cannot hold a colon. */
    private static String cellOf(String notice) {
        int bang = notice.indexOf('!');
        int colon = notice.indexOf(": ", Math.max(bang, 0));
        return colon < 0 ? notice : notice.substring(0, colon);
    }
}
