package dev.bcfkit.testkit;

import java.util.List;

import java.util.ArrayList;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import dev.bcfkit.core.returns.ReturnCover;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;

/**
 * Defects in the cover, metrics, High Impact Change Model, narrative and additional iBCF sections
 * ({@code [002:858-870]}, {@code [000:207-252]}, {@code [004:145-182]}).
 */
final class SectionDefects {
    private SectionDefects() {
    }

    /** @return one of the cover's contact fields left blank */
    static Defect<QuarterlyReturn> coverField() {
        return Defect.random("COVER-REQUIRED", "a cover field (completed by, e-mail or contact number) left blank",
                r -> true, r -> Arbitraries.integers().between(0, 2).map(i -> {
                    ReturnCover c = r.cover();
                    return ReturnEdits.cover(r, new ReturnCover(c.healthAndWellbeingBoard(),
                            i == 0 ? null : c.completedBy(), i == 1 ? null : c.email(),
                            i == 2 ? null : c.contactNumber(), c.signedOffBy()));
                }));
    }

    /** @return a metric block's assessment left blank */
    static Defect<QuarterlyReturn> metricAssessment() {
        return Defect.random("METRIC-ASSESSMENT-REQUIRED", "a metric block's assessment left blank",
                r -> !r.metrics().isEmpty(), r -> Arbitraries.integers().between(0, r.metrics().size() - 1)
                        .map(i -> ReturnEdits.metrics(r, ReturnEdits.replace(r.metrics(), i, m -> new MetricProgress(
                                m.metric(), m.definition(), null, m.commentary(), m.challenges(), m.achievements(),
                                m.supportNeeds(), m.specifiedMetric(), m.figures())))));
    }

    /** @return a metric block missing */
    static Defect<QuarterlyReturn> metricMissing() {
        return Defect.random("METRIC-ALL-REPORTED", "a metric block missing", r -> !r.metrics().isEmpty(),
                r -> Arbitraries.integers().between(0, r.metrics().size() - 1)
                        .map(i -> ReturnEdits.metrics(r, ReturnEdits.remove(r.metrics(), i))));
    }

    /** @return one of the metric blocks given a second time, as an extra block at the end */
    static Defect<QuarterlyReturn> metricRepeated() {
        return Defect.random("METRIC-ROW-UNEXPECTED", "a metric block given twice",
                r -> r.metrics().stream().anyMatch(m -> m.metric() != null),
                r -> Arbitraries.of(r.metrics().stream().filter(m -> m.metric() != null).toList()).map(block -> {
                    List<MetricProgress> blocks = new ArrayList<>(r.metrics());
                    blocks.add(block);
                    return ReturnEdits.metrics(r, blocks);
                }));
    }

    private static boolean hasChanges(QuarterlyReturn r) {
        return r.highImpactChangeModel() != null && !r.highImpactChangeModel().changes().isEmpty();
    }

    private static QuarterlyReturn changeRow(QuarterlyReturn r, int i, java.util.function.UnaryOperator<ChangeAssessment> edit) {
        HighImpactChangeModel m = r.highImpactChangeModel();
        return ReturnEdits.hicm(r, new HighImpactChangeModel(ReturnEdits.replace(m.changes(), i, edit), m.redBag()));
    }

    /** @return one of the eight changes missing */
    static Defect<QuarterlyReturn> changeMissing() {
        return Defect.random("HICM-ALL-CHANGES", "one of the eight High Impact Changes missing",
                SectionDefects::hasChanges, r -> Arbitraries.integers()
                        .between(0, r.highImpactChangeModel().changes().size() - 1)
                        .map(i -> ReturnEdits.hicm(r, new HighImpactChangeModel(
                                ReturnEdits.remove(r.highImpactChangeModel().changes(), i),
                                r.highImpactChangeModel().redBag()))));
    }

    /** @return one of the changes reported a second time, as an extra row at the end */
    static Defect<QuarterlyReturn> changeRepeated() {
        return Defect.random("HICM-CHANGE-DUPLICATE", "one of the High Impact Changes reported twice",
                r -> hasChanges(r) && r.highImpactChangeModel().changes().stream().anyMatch(c -> c.change() != null),
                r -> Arbitraries.of(r.highImpactChangeModel().changes().stream().filter(c -> c.change() != null)
                        .toList()).map(row -> {
                            List<ChangeAssessment> rows = new ArrayList<>(r.highImpactChangeModel().changes());
                            rows.add(row);
                            return ReturnEdits.hicm(r, new HighImpactChangeModel(rows,
                                    r.highImpactChangeModel().redBag()));
                        }));
    }

    /** @return a change with no maturity for the return's own quarter */
    static Defect<QuarterlyReturn> currentMaturityMissing() {
        return Defect.random("HICM-MATURITY-CURRENT", "a change with no maturity level for the current quarter",
                SectionDefects::hasChanges, r -> Arbitraries.integers()
                        .between(0, r.highImpactChangeModel().changes().size() - 1)
                        .map(i -> changeRow(r, i, c -> {
                            SortedMap<ReportingPeriod, MaturityLevel> m = new TreeMap<>(c.maturity());
                            m.remove(r.period());
                            return new ChangeAssessment(c.change(), m, c.rationale(), c.challenges(), c.milestones(),
                                    c.supportNeeds());
                        })));
    }

    /** @return a change rated Mature (or above) without a rationale */
    static Defect<QuarterlyReturn> rationaleMissing() {
        return Defect.random("HICM-RATIONALE", "a change rated Mature without a rationale",
                SectionDefects::hasChanges, r -> Arbitraries.integers()
                        .between(0, r.highImpactChangeModel().changes().size() - 1)
                        .map(i -> changeRow(r, i, c -> {
                            SortedMap<ReportingPeriod, MaturityLevel> m = new TreeMap<>();
                            for (Map.Entry<ReportingPeriod, MaturityLevel> e : c.maturity().entrySet()) {
                                m.put(e.getKey(), e.getValue().compareTo(MaturityLevel.MATURE) < 0
                                        ? MaturityLevel.MATURE : e.getValue());
                            }
                            return new ChangeAssessment(c.change(), m, null, c.challenges(), c.milestones(),
                                    c.supportNeeds());
                        })));
    }

    /** @return the Red Bag not yet established throughout, with no alternative mitigations */
    static Defect<QuarterlyReturn> redBagMitigations() {
        return Defect.of("REDBAG-MITIGATIONS", "Red Bag not yet established in any quarter, no alternative mitigations",
                r -> r.highImpactChangeModel() != null && r.highImpactChangeModel().redBag() != null, r -> {
                    RedBag b = r.highImpactChangeModel().redBag();
                    SortedMap<ReportingPeriod, MaturityLevel> m = new TreeMap<>();
                    for (ReportingPeriod p : b.maturity().keySet()) {
                        m.put(p, MaturityLevel.NOT_YET_ESTABLISHED);
                    }
                    return ReturnEdits.hicm(r, new HighImpactChangeModel(r.highImpactChangeModel().changes(),
                            new RedBag(m, null, b.challenges(), b.achievements(), b.supportNeeds())));
                });
    }

    /**
     * @return the progress narrative one character over its limit; not for 2017/18, whose limit the
     *     papers do not give (only the 2018/19 counter, {@code [004:105-107]}, is in the seeds)
     */
    static Defect<QuarterlyReturn> narrativeTooLong() {
        return Defect.of("TEXT-NARRATIVE-LIMIT", "the progress narrative one character over its limit",
                r -> r.edition() != Edition.QUARTERLY_2017_18, r -> ReturnEdits.narrative(r, new Narrative(
                        Texts.filled("Progress against the plan", Narratives.limit(r.edition()) + 1),
                        r.narrative().successStory())));
    }

    /** @return the progress narrative left blank */
    static Defect<QuarterlyReturn> narrativeBlank() {
        return Defect.of("TEXT-NARRATIVE-REQUIRED", "the progress narrative left blank", r -> true,
                r -> ReturnEdits.narrative(r, new Narrative(null, r.narrative().successStory())));
    }

    private static boolean hasFees(QuarterlyReturn r) {
        return r.edition() == Edition.QUARTERLY_2018_19 && r.additionalIbcf() != null
                && !r.additionalIbcf().fees().isEmpty();
    }

    private static QuarterlyReturn fee(QuarterlyReturn r, int i, java.util.function.UnaryOperator<AverageFee> edit) {
        AdditionalIbcf s = r.additionalIbcf();
        return ReturnEdits.ibcf(r, new AdditionalIbcf(s.allocation(), ReturnEdits.replace(s.fees(), i, edit),
                s.feeCommentary()));
    }

    /** @return a 2017/18 fee entered as 0 instead of blank */
    static Defect<QuarterlyReturn> feeZero() {
        return Defect.random("FEE-BLANK-NOT-ZERO", "a 2017/18 average fee entered as 0 rather than left blank",
                SectionDefects::hasFees, r -> Arbitraries.integers().between(0, r.additionalIbcf().fees().size() - 1)
                        .map(i -> fee(r, i, f -> new AverageFee(f.serviceType(), Money.ZERO, f.currentYearRate(),
                                f.estimatedUpliftPercent()))));
    }

    /** @return a 2018/19 fee blank without an estimated uplift */
    static Defect<QuarterlyReturn> upliftMissing() {
        return Defect.random("FEE-UPLIFT-REQUIRED", "a 2018/19 fee left blank with no estimated uplift",
                SectionDefects::hasFees, r -> Arbitraries.integers().between(0, r.additionalIbcf().fees().size() - 1)
                        .map(i -> fee(r, i, f -> new AverageFee(f.serviceType(), f.previousYearRate(), null, null))));
    }

    /** @return a fee comment of 251 characters */
    static Defect<QuarterlyReturn> feeCommentTooLong() {
        return Defect.of("FEE-COMMENT-LIMIT", "a fee comment of 251 characters (limit 250)",
                r -> r.edition() == Edition.QUARTERLY_2018_19 && r.additionalIbcf() != null, r -> {
                    AdditionalIbcf s = r.additionalIbcf();
                    return ReturnEdits.ibcf(r, new AdditionalIbcf(s.allocation(), s.fees(),
                            Texts.filled("Fees agreed with providers", Fees.COMMENT_LIMIT + 1)));
                });
    }

    /** @return a fee's 2017/18 rate entered as a negative amount */
    static Defect<QuarterlyReturn> feeNegative() {
        return Defect.random("FEE-NUMERIC-RANGE", "a fee rate entered as a negative amount", SectionDefects::hasFees,
                r -> Arbitraries.integers().between(0, r.additionalIbcf().fees().size() - 1).map(i -> {
                    AdditionalIbcf s = r.additionalIbcf();
                    List<AverageFee> fees = new ArrayList<>(s.fees());
                    AverageFee f = fees.get(i);
                    fees.set(i, new AverageFee(f.serviceType(), Money.pounds(-1_000), f.currentYearRate(),
                            f.estimatedUpliftPercent()));
                    return ReturnEdits.ibcf(r, new AdditionalIbcf(s.allocation(), fees, s.feeCommentary()));
                }));
    }

    /** @return one of the three fee rows missing */
    static Defect<QuarterlyReturn> feeRowMissing() {
        return Defect.random("FEE-ALL-SERVICES", "one of the three average-fee rows missing", SectionDefects::hasFees,
                r -> Arbitraries.integers().between(0, r.additionalIbcf().fees().size() - 1).map(i -> {
                    AdditionalIbcf s = r.additionalIbcf();
                    return ReturnEdits.ibcf(r, new AdditionalIbcf(s.allocation(), ReturnEdits.remove(s.fees(), i),
                            s.feeCommentary()));
                }));
    }

    /** @return one of the fee rows given a second time, as an extra row at the end */
    static Defect<QuarterlyReturn> feeRowRepeated() {
        return Defect.random("FEE-SERVICE-DUPLICATE", "one of the three average-fee rows given twice",
                r -> hasFees(r) && r.additionalIbcf().fees().stream().anyMatch(f -> f.serviceType() != null),
                r -> Arbitraries.of(r.additionalIbcf().fees().stream().filter(f -> f.serviceType() != null).toList())
                        .map(row -> {
                            AdditionalIbcf s = r.additionalIbcf();
                            List<AverageFee> fees = new ArrayList<>(s.fees());
                            fees.add(row);
                            return ReturnEdits.ibcf(r, new AdditionalIbcf(s.allocation(), fees, s.feeCommentary()));
                        }));
    }

    /** @return a change with no maturity for one of the planned quarters after the current one */
    static Defect<QuarterlyReturn> plannedMaturityMissing() {
        return Defect.random("HICM-MATURITY-PLANNED", "a change with no maturity level for a planned quarter",
                r -> hasChanges(r) && r.period().quarter() != dev.bcfkit.core.Quarter.Q4,
                r -> Arbitraries.integers().between(0, r.highImpactChangeModel().changes().size() - 1)
                        .map(i -> changeRow(r, i, c -> {
                            SortedMap<ReportingPeriod, MaturityLevel> m = new TreeMap<>(c.maturity());
                            m.remove(r.period().next());
                            return new ChangeAssessment(c.change(), m,
                                    m.values().stream().anyMatch(MaturityLevel::requiresRationale) ? c.rationale() : null,
                                    c.challenges(), c.milestones(), c.supportNeeds());
                        })));
    }

    /** @return a section the edition and quarter expect removed */
    static Defect<QuarterlyReturn> sectionMissing() {
        return Defect.random("SECTION-PRESENT", "a section the edition expects missing (income and expenditure,"
                + " additional measures, year-end feedback, High Impact Change Model or additional iBCF)",
                r -> Periods.RETURN_EDITIONS.contains(r.edition()), r -> {
                    java.util.List<QuarterlyReturn> variants = new java.util.ArrayList<>();
                    if (r.incomeAndExpenditure() != null) {
                        variants.add(ReturnEdits.finances(r, null));
                    }
                    if (r.additionalMeasures() != null) {
                        variants.add(new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(),
                                r.nationalConditions(), r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), null,
                                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf()));
                    }
                    if (r.yearEndFeedback() != null) {
                        variants.add(new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(),
                                r.nationalConditions(), r.incomeAndExpenditure(), r.metrics(), null,
                                r.additionalMeasures(), r.highImpactChangeModel(), r.narrative(), r.additionalIbcf()));
                    }
                    if (r.highImpactChangeModel() != null) {
                        variants.add(ReturnEdits.hicm(r, null));
                    }
                    if (r.additionalIbcf() != null) {
                        variants.add(ReturnEdits.ibcf(r, null));
                    }
                    return Arbitraries.of(variants);
                });
    }

    /**
     * @return who completed the return given in 501 characters, over the model's 500-character bound:
     *     a shape violation found by Bean Validation, not by a business rule
     */
    static Defect<QuarterlyReturn> completedByTooLong() {
        return Defect.of("SHAPE-VIOLATION", "cover: completed by is 501 characters (the model allows 500)", r -> true,
                r -> {
                    ReturnCover c = r.cover();
                    return ReturnEdits.cover(r, new ReturnCover(c.healthAndWellbeingBoard(),
                            Texts.filled("Alex Example", 501), c.email(), c.contactNumber(), c.signedOffBy()));
                });
    }
}
