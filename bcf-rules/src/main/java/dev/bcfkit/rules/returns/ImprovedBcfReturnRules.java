package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.ImprovedBcfProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * The improved Better Care Fund as a 2017/18 or 2018/19 return's board records it
 * ({@link ImprovedBcfProgress}): each use under one of the grant's three purposes
 * ({@code [002:117]}, {@code [000:45-49]}; the purposes are a closed list, so a use for anything
 * else cannot be recorded at all), and the quarterly progress reports made to date
 * ({@code [002:121]}, {@code [000:52]}). The return templates themselves print no iBCF use
 * ({@code [000:182-254]}, {@code [004:3-182]}), so nothing here is judged unless recorded.
 */
final class ImprovedBcfReturnRules {
    private ImprovedBcfReturnRules() {
    }

    /** @return the rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(USE_PURPOSE, PROGRESS_REPORTS);
    }

    /**
     * IBCF-USE-PURPOSE: each recorded use of the improved BCF names which of the three purposes it
     * serves: "Grant is to be spent on adult social care and used for the purposes of meeting adult
     * social care needs, reducing pressures on the NHS ... and stabilising the social care provider
     * market" ({@code [002:117]}). A WARNING: a blank purpose is an incomplete record.
     */
    static final Rule<QuarterlyReturn> USE_PURPOSE = Rule.on(QuarterlyReturn.class, "IBCF-USE-PURPOSE")
            .title("Each recorded use of the improved BCF names one of the grant's three purposes")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("[002:117] \"Grant is to be spent on adult social care and used for the purposes of meeting adult"
                    + " social care needs, reducing pressures on the NHS including supporting more people to be"
                    + " discharged from hospital when they are ready and stabilising the social care provider"
                    + " market\"; [000:45-49] the same three. A WARNING: a blank purpose is an incomplete record")
            .requirements("R24")
            .check((r, ctx, emit) -> {
                ImprovedBcfProgress p = r.improvedBcfProgress();
                if (p == null) {
                    return;
                }
                for (int i = 0; i < p.uses().size(); i++) {
                    ImprovedBcfProgress.Use use = p.uses().get(i);
                    if (use != null && use.purpose() == null) {
                        emit.report(Pointer.of("improvedBcfProgress", "uses", i, "purpose"), "the use of the improved"
                                + " BCF " + (Text.isBlank(use.description()) ? "" : "\""
                                + Text.abbreviate(use.description()) + "\" ") + "names none of the grant's three"
                                + " purposes: meeting adult social care needs, reducing pressures on the NHS, or"
                                + " stabilising the social care provider market");
                    }
                }
            });

    /**
     * IBCF-PROGRESS-REPORTS: the quarterly iBCF progress reports recorded as submitted to date are
     * at least one for each quarter of the year before the one reported on, and never negative.
     * "A recipient local authority must ... provide quarterly reports as required by the Secretary
     * of State" ({@code [002:118-121]}); Nottinghamshire records "Two progress reports have been
     * submitted to date" beside its Q2 2017/18 return ({@code [000:52]}). Which quarter's report is
     * due when is not in the papers, so the count expected is derived, hence a WARNING.
     */
    static final Rule<QuarterlyReturn> PROGRESS_REPORTS = Rule.on(QuarterlyReturn.class, "IBCF-PROGRESS-REPORTS")
            .title("The improved BCF progress reports submitted to date cover the year's earlier quarters")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("Derived: one report a quarter, so by a quarter's return at least the earlier quarters' reports."
                    + " [002:121] \"provide quarterly reports as required by the Secretary of State\"; [000:52]"
                    + " \"Quarterly national progress reports are required against the plan for the 2017 Improved"
                    + " Better Care Fund ... Two progress reports have been submitted to date\"")
            .derived()
            .requirements("R26")
            .check((r, ctx, emit) -> {
                ImprovedBcfProgress p = r.improvedBcfProgress();
                Integer reports = p == null ? null : p.progressReportsSubmitted();
                if (reports == null) {
                    return;
                }
                int earlier = ReturnEditions.quarter(ctx).ordinal();
                String at = Pointer.of("improvedBcfProgress", "progressReportsSubmitted");
                if (reports < 0) {
                    emit.report(at, "the number of improved BCF progress reports submitted is " + reports
                            + ", fewer than none");
                } else if (reports < earlier) {
                    emit.report(at, reports + " improved BCF progress report" + (reports == 1 ? " is" : "s are")
                            + " recorded as submitted by the " + ctx.period() + " return; the quarterly reports for"
                            + " the " + earlier + " earlier quarter" + (earlier == 1 ? "" : "s") + " of the year"
                            + " would make at least " + earlier);
                }
            });
}
