package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The testkit's own statement of what "valid" means for a return, independent of bcf-rules (which
 * the testkit must not depend on): a list of plain-English violations, empty for a valid return.
 */
final class Invariants {
    private Invariants() {
    }

    static List<String> violations(QuarterlyReturn r) {
        List<String> v = new ArrayList<>();
        Edition edition = r.edition();
        ReportingPeriod period = r.period();
        if (!r.nationalConditions().stream().map(ConditionResponse::condition).toList()
                .equals(NationalCondition.forEdition(edition))) {
            v.add("conditions not the edition's list");
        }
        for (ConditionResponse c : r.nationalConditions()) {
            if (c.answer() == null || !Conditions.allowed(period).contains(c.answer())) {
                v.add("condition " + c.condition().code() + " answer " + c.answer());
            } else if (c.answer().isNotMet() && (Text.isBlank(c.explanation())
                    || Conditions.dateRequired(period) && c.expectedDate() == null)) {
                v.add("condition " + c.condition().code() + " unexplained");
            }
        }
        if (r.budgetArrangements().pooledViaSection75() == null) {
            v.add("s75 blank");
        }
        if (Text.isBlank(r.cover().completedBy()) || Text.isBlank(r.cover().signedOffBy())
                || "TBC".equals(r.cover().signedOffBy())) {
            v.add("cover incomplete");
        }
        if (!r.metrics().stream().map(MetricProgress::metric).toList().equals(MetricBlocks.kinds(edition))) {
            v.add("metric blocks");
        }
        for (MetricProgress m : r.metrics()) {
            if (m.assessment() == null || !MetricAssessment.forEdition(edition).contains(m.assessment())) {
                v.add("metric " + m.metric() + " assessment");
            }
        }
        String progress = r.narrative().progress();
        if (Text.isBlank(progress) || progress.length() > Narratives.limit(edition)) {
            v.add("narrative");
        }
        boolean q4 = period.quarter() == Quarter.Q4;
        if (edition == Edition.QUARTERLY_2016_17) {
            finances(r, v);
            if ((r.yearEndFeedback() != null) != q4) {
                v.add("year-end feedback presence");
            }
            if (r.additionalMeasures() == null || r.highImpactChangeModel() != null || r.additionalIbcf() != null) {
                v.add("2016/17 sections");
            }
        } else {
            if (r.incomeAndExpenditure() != null || r.additionalMeasures() != null || r.yearEndFeedback() != null) {
                v.add("2017-19 sections");
            }
            hicm(r, v);
            if ((r.additionalIbcf() != null) != (edition == Edition.QUARTERLY_2018_19)) {
                v.add("additional iBCF presence");
            }
            if (r.additionalIbcf() != null) {
                for (AverageFee f : r.additionalIbcf().fees()) {
                    if (f.previousYearRate() == null || f.previousYearRate().signum() <= 0
                            || (f.currentYearRate() == null ? f.estimatedUpliftPercent() == null
                                    : f.currentYearRate().signum() <= 0)) {
                        v.add("fee " + f.serviceType());
                    }
                }
                String comment = r.additionalIbcf().feeCommentary();
                if (comment != null && comment.length() > Fees.COMMENT_LIMIT) {
                    v.add("fee comment");
                }
            }
        }
        return v;
    }

    private static void finances(QuarterlyReturn r, List<String> v) {
        Money pooled = r.incomeAndExpenditure().pooledFund();
        Quarter reported = r.period().quarter();
        if (pooled.signum() < 0 || pooled.isGreaterThan(Money.pounds(Amounts.CELL_MAX))) {
            v.add("pooled fund range");
        }
        for (FundFlow flow : List.of(r.incomeAndExpenditure().income(), r.incomeAndExpenditure().expenditure())) {
            for (QuarterlyFigures row : List.of(flow.plan(), flow.forecast())) {
                if (!row.hasAllQuarters() || !Money.sum(row.quarters()).equals(row.annualTotal())
                        || !pooled.equals(row.annualTotal())) {
                    v.add("plan or forecast does not add up");
                }
                for (Money m : row.quarters()) {
                    if (m.signum() < 0 || m.isGreaterThan(Money.pounds(Amounts.CELL_MAX))) {
                        v.add("cell range");
                    }
                }
            }
            for (Quarter q : Quarter.values()) {
                if ((flow.actual().get(q) != null) != (q.compareTo(reported) <= 0)) {
                    v.add("actual " + q);
                }
            }
            if (reported == Quarter.Q4 && (!pooled.equals(flow.actual().annualTotal())
                    || !Money.sum(flow.actual().quarters()).equals(pooled))) {
                v.add("Q4 actual total");
            }
            Money actual = flow.actual().get(reported);
            if ((!actual.equals(flow.plan().get(reported)) || !actual.equals(flow.forecast().get(reported)))
                    && Text.isBlank(flow.differenceComment())) {
                v.add("difference comment");
            }
        }
        if (Text.isBlank(r.incomeAndExpenditure().financialCommentary())) {
            v.add("financial commentary");
        }
    }

    private static void hicm(QuarterlyReturn r, List<String> v) {
        if (r.highImpactChangeModel() == null || r.highImpactChangeModel().changes().size() != 8) {
            v.add("hicm changes");
            return;
        }
        for (ChangeAssessment c : r.highImpactChangeModel().changes()) {
            if (!c.maturity().containsKey(r.period())) {
                v.add("hicm current " + c.change());
            }
            List<MaturityLevel> levels = new ArrayList<>(c.maturity().values());
            for (int i = 1; i < levels.size(); i++) {
                if (levels.get(i).compareTo(levels.get(i - 1)) < 0) {
                    v.add("hicm decreasing " + c.change());
                }
            }
            if (levels.stream().anyMatch(MaturityLevel::requiresRationale) && Text.isBlank(c.rationale())) {
                v.add("hicm rationale " + c.change());
            }
        }
        var redBag = Objects.requireNonNull(r.highImpactChangeModel().redBag(), "red bag");
        if (redBag.maturity().values().stream().allMatch(l -> l == MaturityLevel.NOT_YET_ESTABLISHED)
                && Text.isBlank(redBag.alternativeMitigations())) {
            v.add("red bag mitigations");
        }
    }
}
