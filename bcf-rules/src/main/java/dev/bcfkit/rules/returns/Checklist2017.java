package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.SectionCompletion;
import dev.bcfkit.rules.editions.ReturnProfile;
import dev.bcfkit.rules.engine.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The question-completion checklist of the 2017/18 and 2018/19 returns. <b>Derived:</b> the
 * papers print these templates' section names ({@code [000:184]} "1. Cover", {@code [000:192]}
 * "2. National Conditions &amp; s75 Pooled Budget", {@code [000:205]} "3. Metrics",
 * {@code [000:218]} "4. High Impact Change Model", {@code [000:244]} "5. Narrative",
 * {@code [004:145]} "6. Additional improved Better Care Fund") and say "when all questions have
 * been answered and the validation boxes below have turned green" ({@code [004:35]}), but not the
 * counts, so the counts are derived from the template columns:
 * <ul>
 * <li>Cover 5: board, completed by, e-mail, contact number, signed off by ({@code [000:186-190]});
 * <li>National conditions 5: the four condition confirmations and the s.75 answer ({@code [000:196-203]});
 *     the explanation and date columns are asked only after a "No" and are judged by the rules;
 * <li>Metrics 16: four metrics x (assessment, challenges, achievements, support needs) ({@code [000:207]});
 * <li>High Impact Change Model: a maturity level for the current and each planned quarter, for the
 *     eight changes and the Red Bag scheme (27 in a Q2 return: 9 rows x 3 quarters, {@code [000:221]},
 *     {@code [000:239]}); earlier quarters' columns ({@code [004:79]}) are history, not asked;
 * <li>Narrative 2: progress and the integration success story ({@code [000:246]}, {@code [000:252]});
 * <li>2018/19 additional iBCF 3: one question per service type ({@code [004:178-181]}), answered
 *     with both years' rates or with the estimated uplift ({@code [004:173]}); the allocation is
 *     pre-populated and the commentary optional ("If you would like to", {@code [004:182]}).
 * </ul>
 */
final class Checklist2017 {
    private Checklist2017() {
    }

    /**
     * @param r the return
     * @param edition the 2017/18 or 2018/19 edition
     * @param period the period reported on
     * @return the checklist rows in cover-sheet order
     */
    static List<SectionCompletion> sections(QuarterlyReturn r, Edition edition, ReportingPeriod period) {
        List<SectionCompletion> sections = new ArrayList<>();
        sections.add(Checklist2016.cover(r.cover()));
        sections.add(conditions(r, edition));
        sections.add(metrics(r.metrics(), edition));
        sections.add(hicm(r.highImpactChangeModel(), period));
        sections.add(new Tally("5. Narrative").text(r.narrative() == null ? null : r.narrative().progress())
                .text(r.narrative() == null ? null : r.narrative().successStory()).completion());
        if (ReturnProfile.of(edition).asksAdditionalIbcf()) {
            sections.add(additionalIbcf(r.additionalIbcf()));
        }
        return sections;
    }

    private static SectionCompletion conditions(QuarterlyReturn r, Edition edition) {
        Tally t = new Tally("2. National Conditions & s75 Pooled Budget");
        for (NationalCondition c : NationalCondition.forEdition(edition)) {
            ConditionResponse row = r.nationalConditions().stream().filter(x -> x.condition() == c).findFirst()
                    .orElse(null);
            t.value(row == null ? null : row.answer());
        }
        t.value(r.budgetArrangements() == null ? null : r.budgetArrangements().pooledViaSection75());
        return t.completion();
    }

    private static SectionCompletion metrics(List<MetricProgress> rows, Edition edition) {
        Tally t = new Tally("3. Metrics");
        for (MetricKind m : MetricRules.expected(edition)) {
            MetricProgress p = rows.stream().filter(x -> x.metric() == m).findFirst().orElse(null);
            t.value(p == null ? null : p.assessment());
            t.text(p == null ? null : p.challenges());
            t.text(p == null ? null : p.achievements());
            t.text(p == null ? null : p.supportNeeds());
        }
        return t.completion();
    }

    private static SectionCompletion hicm(HighImpactChangeModel m, ReportingPeriod period) {
        Tally t = new Tally("4. High Impact Change Model");
        List<ReportingPeriod> asked = new ArrayList<>();
        asked.add(period);
        asked.addAll(HicmRules.planned(period));
        for (HighImpactChange c : HighImpactChange.values()) {
            ChangeAssessment row = m == null ? null : m.changes().stream().filter(x -> x.change() == c).findFirst()
                    .orElse(null);
            levels(t, row == null ? null : row.maturity(), asked);
        }
        levels(t, m == null || m.redBag() == null ? null : m.redBag().maturity(), asked);
        return t.completion();
    }

    private static void levels(Tally t, Map<ReportingPeriod, MaturityLevel> maturity, List<ReportingPeriod> asked) {
        for (ReportingPeriod p : asked) {
            t.value(maturity == null ? null : maturity.get(p));
        }
    }

    private static SectionCompletion additionalIbcf(AdditionalIbcf ibcf) {
        Tally t = new Tally("6. Additional improved Better Care Fund");
        for (FeeServiceType s : FeeServiceType.values()) {
            AverageFee fee = ibcf == null ? null : ibcf.fees().stream().filter(x -> x.serviceType() == s).findFirst()
                    .orElse(null);
            t.ask(fee != null && (fee.previousYearRate() != null && fee.currentYearRate() != null
                    || fee.estimatedUpliftPercent() != null));
        }
        return t.completion();
    }
}
