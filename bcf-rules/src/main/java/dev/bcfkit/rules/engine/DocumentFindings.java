package dev.bcfkit.rules.engine;

import dev.bcfkit.rules.FindingLimits;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.RuleSet;
import dev.bcfkit.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of one document as the validator gathers them, rule by rule, within
 * {@link FindingLimits}: each rule may keep up to {@value FindingLimits#PER_RULE} findings while
 * the document has listed fewer than {@value FindingLimits#PER_DOCUMENT}; the rest are counted.
 */
public final class DocumentFindings {
    private final Work work;
    private final List<Finding> findings = new ArrayList<>();
    private int listed;
    private long omitted;

    /**
     * @param work the meter
     */
    public DocumentFindings(Work work) {
        this.work = work;
    }

    /**
     * @param ruleId a rule's id
     * @param severity its severity
     * @param source its provenance
     * @return an emitter for the rule's findings, with what room the document has left
     */
    public RuleFindings open(String ruleId, Severity severity, String source) {
        return open(ruleId, severity, source, RuleSet.NATIONAL);
    }

    /**
     * @param ruleId a rule's id
     * @param severity its severity
     * @param source its provenance
     * @param ruleSet the rule set the rule belongs to
     * @return an emitter for the rule's findings, with what room the document has left
     */
    public RuleFindings open(String ruleId, Severity severity, String source, String ruleSet) {
        int room = Math.min(FindingLimits.PER_RULE, FindingLimits.PER_DOCUMENT - listed);
        return new RuleFindings(ruleId, severity, source, ruleSet, Math.max(0, room), work);
    }

    /**
     * Adds a rule's findings, and its summary finding if it left some out.
     *
     * @param rule the rule's findings
     */
    public void add(RuleFindings rule) {
        findings.addAll(rule.findings());
        listed += rule.keptCount();
        omitted += rule.omitted();
    }

    /**
     * Adds a finding that is never left out: a rule that failed.
     *
     * @param finding the finding
     */
    public void addAlways(Finding finding) {
        findings.add(finding);
    }

    /** @return the findings, in order */
    public List<Finding> findings() {
        return findings;
    }

    /** @return how many findings were found but not listed */
    public long omitted() {
        return omitted;
    }
}
