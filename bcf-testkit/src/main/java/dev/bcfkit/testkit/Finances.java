package dev.bcfkit.testkit;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The 2016/17 income and expenditure tab as real returns fill it in ({@code [002:1011-1048]}):
 * a pooled fund of 0 to 100,000,000 pounds; a plan phased with the remainder in the earliest
 * quarters; a forecast that moves money between quarters but keeps the annual total; actuals for
 * the quarters up to the reported one and none after (in Q4 also the actual annual total, equal
 * to the pooled fund); a difference comment whenever the reported quarter's actual differs from
 * its plan or forecast ({@code [002:1027]}, {@code [002:1628]}); and a financial commentary.
 */
final class Finances {
    private Finances() {
    }

    /**
     * The random choices behind one grid, independent of the pooled fund so that the grid is
     * built with {@code combine}, not {@code flatMap}, and shrinks well.
     *
     * @param forecastMoves how the forecast moves money away from the plan
     * @param actualMoves how the actuals move money away from the forecast
     * @param comment a difference comment
     * @param keepComment whether to keep the comment when none is needed
     */
    record FlowShape(List<Phasing.Move> forecastMoves, List<Phasing.Move> actualMoves, String comment,
            boolean keepComment) {
    }

    /** @return movements of money between quarters: none to three, shrinking to none */
    static Arbitrary<List<Phasing.Move>> moves() {
        return Combinators.combine(Arbitraries.of(Quarter.class), Arbitraries.of(Quarter.class),
                Arbitraries.integers().between(0, 100)).as(Phasing.Move::new).list().ofMaxSize(3);
    }

    /** @return the random choices of one grid */
    static Arbitrary<FlowShape> shapes() {
        return Combinators.combine(moves(), moves(), Texts.upTo(500), Arbitraries.of(false, true))
                .as(FlowShape::new);
    }

    /** @return a pooled fund in whole pounds, 0 to 100,000,000, with both bounds as edge cases */
    static Arbitrary<Long> pooledFunds() {
        return Arbitraries.longs().between(0, Amounts.CELL_MAX);
    }

    /**
     * @param period a 2016/17 reporting period
     * @return valid income and expenditure for a return of that period
     */
    static Arbitrary<IncomeAndExpenditure> forPeriod(ReportingPeriod period) {
        return Combinators.combine(pooledFunds(), shapes(), shapes(), Texts.upTo(2_000))
                .as((pooled, income, expenditure, commentary) -> build(period.quarter(), pooled, income,
                        expenditure, commentary));
    }

    /**
     * @param reported the quarter reported on
     * @param pooled the pooled fund in pounds
     * @param income the income grid's choices
     * @param expenditure the expenditure grid's choices
     * @param commentary the financial commentary
     * @return the tab
     */
    static IncomeAndExpenditure build(Quarter reported, long pooled, FlowShape income, FlowShape expenditure,
            String commentary) {
        IncomeAndExpenditure.PreviouslyReturned previous = reported == Quarter.Q1 ? null
                : new IncomeAndExpenditure.PreviouslyReturned(previous(reported, pooled, income),
                        previous(reported, pooled, expenditure));
        return new IncomeAndExpenditure(dev.bcfkit.core.Money.pounds(pooled), flow(reported, pooled, income),
                flow(reported, pooled, expenditure), commentary, previous);
    }

    private static FundFlow flow(Quarter reported, long pooled, FlowShape shape) {
        QuarterlyFigures plan = Phasing.split(pooled);
        QuarterlyFigures forecast = Phasing.move(plan, shape.forecastMoves());
        QuarterlyFigures actual = actualsTo(Phasing.move(forecast, shape.actualMoves()), reported);
        boolean differs = !actual.get(reported).equals(plan.get(reported))
                || !actual.get(reported).equals(forecast.get(reported));
        return new FundFlow(plan, forecast, actual, differs || shape.keepComment() ? shape.comment() : null);
    }

    private static FundFlow previous(Quarter reported, long pooled, FlowShape shape) {
        QuarterlyFigures plan = Phasing.split(pooled);
        QuarterlyFigures forecast = Phasing.move(plan, shape.forecastMoves());
        QuarterlyFigures actual = actualsTo(Phasing.move(forecast, shape.actualMoves()),
                Quarter.of(reported.number() - 1));
        return new FundFlow(plan, forecast, actual, null);
    }

    /**
     * @param full a row with all four quarters and its annual total
     * @param reported the quarter reported on
     * @return the quarters up to {@code reported}, blank after it; the annual total only in Q4
     */
    static QuarterlyFigures actualsTo(QuarterlyFigures full, Quarter reported) {
        QuarterlyFigures row = full;
        for (Quarter q : Quarter.values()) {
            if (q.compareTo(reported) > 0) {
                row = row.with(q, null);
            }
        }
        return row.withAnnualTotal(reported == Quarter.Q4 ? full.annualTotal() : null);
    }
}
