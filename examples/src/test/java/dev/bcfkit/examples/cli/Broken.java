package dev.bcfkit.examples.cli;

import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;

/** Copies of sample returns with one thing changed. */
final class Broken {
    private Broken() {
    }

    /** @return the return with £1,000 added to the annual total of planned expenditure */
    static QuarterlyReturn planTotalOffBy1000(QuarterlyReturn r) {
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        FundFlow e = ie.expenditure();
        FundFlow broken = new FundFlow(e.plan().withAnnualTotal(e.plan().annualTotal().plus(Money.pounds(1000))),
                e.forecast(), e.actual(), e.differenceComment());
        return withIncomeAndExpenditure(r, new IncomeAndExpenditure(ie.pooledFund(), ie.income(), broken,
                ie.financialCommentary(), ie.previouslyReturned()));
    }

    /** @return the return with the board renamed */
    static QuarterlyReturn boardNamed(QuarterlyReturn r, String name) {
        ReturnCover c = r.cover();
        ReturnCover renamed = new ReturnCover(new HealthAndWellbeingBoard(name,
                c.healthAndWellbeingBoard().onsCode()), c.completedBy(), c.email(), c.contactNumber(),
                c.signedOffBy());
        return new QuarterlyReturn(r.period(), renamed, r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf());
    }

    private static QuarterlyReturn withIncomeAndExpenditure(QuarterlyReturn r, IncomeAndExpenditure ie) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(), ie,
                r.metrics(), r.yearEndFeedback(), r.additionalMeasures(), r.highImpactChangeModel(), r.narrative(),
                r.additionalIbcf());
    }
}
