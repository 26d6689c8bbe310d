package dev.bcfkit.rules.returns;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.core.returns.YearEndFeedback;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Breaks a complete sample return at random, as a badly shaped document would be: sections
 * missing or of another edition, rows with null fields, conditions and metrics of other editions,
 * empty maps, zero and negative figures, a period of another year or quarter. Reproducible from
 * the seed.
 */
public final class Damage {
    private final Random random;

    private Damage(long seed) {
        this.random = new Random(seed);
    }

    public static QuarterlyReturn apply(QuarterlyReturn r, long seed) {
        return new Damage(seed).damage(r);
    }

    private boolean chance() {
        return random.nextInt(10) < 3;
    }

    private <T> T pick(T[] values) {
        return random.nextInt(values.length + 1) == 0 ? null : values[random.nextInt(values.length)];
    }

    private <T> T maybe(T value) {
        return chance() ? null : value;
    }

    private QuarterlyReturn damage(QuarterlyReturn r) {
        ReportingPeriod period = chance() ? ReportingPeriod.of(FinancialYear.of(2016 + random.nextInt(3)),
                Quarter.values()[random.nextInt(4)]) : r.period();
        ReturnCover cover = chance() ? null : chance() ? new ReturnCover(null, null, null, null, null) : r.cover();
        if (chance() && cover != null) {
            cover = new ReturnCover(HealthAndWellbeingBoard.named(" "), maybe("x"), maybe("y"), "", "tbc");
        }
        BudgetArrangements budget = chance() ? null : new BudgetArrangements(pick(YesNo.values()),
                pick(YesNo.values()), null, maybe("because"));
        List<ConditionResponse> conditions = new ArrayList<>();
        int rows = chance() ? random.nextInt(14) : r.nationalConditions().size();
        for (int i = 0; i < rows; i++) {
            conditions.add(new ConditionResponse(pick(NationalCondition.values()), pick(ConditionAnswer.values()),
                    null, maybe(" "), new TreeMap<>(chance() ? Map.of(Quarter.Q1, ConditionAnswer.YES) : Map.of())));
        }
        IncomeAndExpenditure ie = chance() ? null : chance()
                ? new IncomeAndExpenditure(null, new FundFlow(null, null, null, null), null, null, null)
                : damage(ReturnSamples.incomeAndExpenditure(ReturnSamples.POOLED, ReturnSamples.PHASED,
                        period.quarter()));
        List<MetricProgress> metrics = new ArrayList<>();
        int blocks = random.nextInt(8);
        for (int i = 0; i < blocks; i++) {
            metrics.add(new MetricProgress(pick(MetricKind.values()), maybe("definition"),
                    pick(MetricAssessment.values()), maybe(""), null, maybe("a"), null, maybe(" "),
                    chance() ? null : new MetricFigures(null, maybe(new BigDecimal(random.nextInt(3) - 1)), null,
                            maybe(new BigDecimal("84.5")), null, null, null, null)));
        }
        YearEndFeedback feedback = chance() ? null : new YearEndFeedback(List.of(
                new YearEndFeedback.StatementResponse("s", maybe("Agree"), null)),
                List.of(new YearEndFeedback.CategorisedResponse(maybe("x"), null)), List.of());
        AdditionalMeasures measures = chance() ? null : new AdditionalMeasures(Map.of(), Map.of(), Map.of(), Map.of(),
                null, chance() ? null : new AdditionalMeasures.PersonalHealthBudgets(-1L, null, Long.MAX_VALUE,
                        new BigDecimal("-0.5"), null, 0L, null), null);
        HighImpactChangeModel hicm = chance() ? null : damageHicm(period);
        Narrative narrative = chance() ? null : new Narrative(maybe("progress"), maybe(" "));
        AdditionalIbcf ibcf = chance() ? null : new AdditionalIbcf(maybe(Money.pounds(-5)), List.of(
                new AverageFee(pick(FeeServiceType.values()), maybe(Money.ZERO), maybe(Money.pounds(1)),
                        maybe(BigDecimal.ZERO))), maybe("n/a"));
        return new QuarterlyReturn(period, cover, budget, conditions, ie, metrics, feedback, measures, hicm, narrative,
                ibcf);
    }

    private IncomeAndExpenditure damage(IncomeAndExpenditure ie) {
        FundFlow income = ie.income();
        QuarterlyFigures actual = income.actual().with(Quarter.values()[random.nextInt(4)], maybe(Money.pounds(-1)));
        return new IncomeAndExpenditure(maybe(ie.pooledFund()), new FundFlow(maybe(income.plan()), income.forecast(),
                actual.withAnnualTotal(maybe(Money.pounds(7))), maybe(" ")), chance() ? null : ie.expenditure(),
                null, null);
    }

    private HighImpactChangeModel damageHicm(ReportingPeriod period) {
        List<ChangeAssessment> changes = new ArrayList<>();
        int n = random.nextInt(10);
        for (int i = 0; i < n; i++) {
            TreeMap<ReportingPeriod, MaturityLevel> levels = new TreeMap<>();
            if (!chance()) {
                levels.put(period, pick(new MaturityLevel[] {MaturityLevel.MATURE, MaturityLevel.NOT_YET_ESTABLISHED}));
                levels.values().removeIf(v -> v == null);
            }
            changes.add(new ChangeAssessment(pick(HighImpactChange.values()), levels, maybe(" "), null, null, null));
        }
        return new HighImpactChangeModel(changes, chance() ? null : new RedBag(new TreeMap<>(), null, null, null,
                null));
    }
}
