package dev.bcfkit.rules.engine;

import dev.bcfkit.rules.FindingLimits;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.RuleSet;
import dev.bcfkit.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The findings of one rule on one document, bounded ({@link FindingLimits}): the first
 * {@code allowance} reported are kept as findings, the rest are only counted, and the path of the
 * first one left out is remembered for the summary finding. Work: one step per finding reported,
 * one per finding built.
 */
public final class RuleFindings implements Emitter {
    private final String ruleId;
    private final Severity severity;
    private final String source;
    private final String ruleSet;
    private final int allowance;
    private final Work work;
    private final List<Finding> kept = new ArrayList<>();
    private long omitted;
    private String firstOmittedPath;

    /**
     * @param ruleId the rule's id
     * @param severity its severity
     * @param source its provenance
     * @param allowance how many findings may be kept, 0 or more
     * @param work the meter
     */
    public RuleFindings(String ruleId, Severity severity, String source, int allowance, Work work) {
        this(ruleId, severity, source, RuleSet.NATIONAL, allowance, work);
    }

    /**
     * @param ruleId the rule's id
     * @param severity its severity
     * @param source its provenance
     * @param ruleSet the rule set the rule belongs to, which its findings carry
     * @param allowance how many findings may be kept, 0 or more
     * @param work the meter
     */
    public RuleFindings(String ruleId, Severity severity, String source, String ruleSet, int allowance, Work work) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.source = source;
        this.ruleSet = ruleSet;
        this.allowance = allowance;
        this.work = work;
    }

    @Override
    public void report(String path, String message) {
        work.add(1);
        if (kept.size() < allowance) {
            keep(path, message);
        } else {
            omit(1, () -> path);
        }
    }

    @Override
    public void reportLazily(Supplier<String> path, Supplier<String> message) {
        work.add(1);
        if (kept.size() < allowance) {
            keep(path.get(), message.get());
        } else {
            omit(1, path);
        }
    }

    /** @return how many more findings may be kept */
    public int room() {
        return allowance - kept.size();
    }

    /**
     * Counts findings left out without reporting them one by one.
     *
     * @param count how many
     * @param firstPath writes the path of the first of them (called only if no earlier one was left out)
     */
    public void omit(long count, Supplier<String> firstPath) {
        if (count <= 0) {
            return;
        }
        if (omitted == 0) {
            firstOmittedPath = firstPath.get();
        }
        omitted += count;
    }

    /** @return how many findings were kept */
    public int keptCount() {
        return kept.size();
    }

    /** @return how many findings were left out */
    public long omitted() {
        return omitted;
    }

    /**
     * @return the kept findings in the order reported, then, if any were left out, one summary
     *     finding of the rule at the path of the first one left out
     */
    public List<Finding> findings() {
        if (omitted == 0) {
            return kept;
        }
        List<Finding> all = new ArrayList<>(kept);
        String count = String.format(Locale.UK, "%,d", omitted);
        String limits = "a report lists at most " + FindingLimits.PER_RULE + " findings of a rule and "
                + String.format(Locale.UK, "%,d", FindingLimits.PER_DOCUMENT) + " of a document";
        all.add(new Finding(ruleId, severity, firstOmittedPath, kept.isEmpty()
                ? count + (omitted == 1 ? " finding" : " findings") + " of this rule, from here on, "
                        + (omitted == 1 ? "is" : "are") + " not listed: " + limits
                : "and " + count + " more like this, from here on, not listed: " + limits, source, ruleSet));
        return all;
    }

    private void keep(String path, String message) {
        work.add(1);
        kept.add(new Finding(ruleId, severity, path, message, source, ruleSet));
    }
}
