package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.IncomeAndExpenditure.PreviouslyReturned;
import dev.bcfkit.core.returns.QuarterlyFigures;

/**
 * Southend's 2016/17 income and expenditure tab in each quarter ({@code [002:1011-1048]},
 * {@code [002:1605-1659]}, {@code [002:1991-2046]}, {@code [002:2375-2421]}). The pooled fund is
 * £13,131,049 and every plan and forecast row phases it as £3,282,763 + 3 x £3,282,762; income
 * and expenditure are identical cell for cell. Each row cites its seed line; the columns are
 * "Q1 2016/17 · Q2 2016/17 · Q3 2016/17 · Q4 2016/17 · Annual Total · Pooled Fund"
 * ({@code [002:1615]}; in Q1 the annual-total column is unlabelled and the pooled fund is "Total
 * BCF pooled budget for 2016-17 (Rounded)", {@code [002:1022]}).
 *
 * <p>The "Previously returned data" grids from Q2 on ({@code [002:1613]}) are the previous
 * return's grid as printed in this return; they carry no comments. Their expenditure grid is
 * labelled "total income into" ({@code [002:1638]}, {@code [002:2023]}, {@code [002:2407]}), a
 * template label slip that changes no figure.
 */
final class SouthendFinances {
    private SouthendFinances() {
    }

    static IncomeAndExpenditure forQuarter(Quarter quarter) {
        return switch (quarter) {
            case Q1 -> q1();
            case Q2 -> q2();
            case Q3 -> q3();
            case Q4 -> q4();
        };
    }

    /** Q1 "Amended Data" only ({@code [002:1019]}, {@code [002:1031]}). */
    private static IncomeAndExpenditure q1() {
        FundFlow income = new FundFlow(
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:1023]
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:1024]
                row(3_282_763L, null, null, null, null), // Actual* [002:1025]
                null); // nothing entered against the comment prompt [002:1027]
        FundFlow expenditure = new FundFlow(
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:1034]
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:1035]
                row(3_282_763L, null, null, null, null), // Actual* [002:1036]
                null); // nothing entered against the comment prompt [002:1038-1040]
        return new IncomeAndExpenditure(
                Money.pounds(13_131_049L), // "Total BCF pooled budget for 2016-17 (Rounded)" [002:1023]
                income, expenditure,
                "n/a", // "Commentary on progress against financial plan: n/a" [002:1042]
                null); // Q1 has no "Previously returned data"
    }

    private static IncomeAndExpenditure q2() {
        FundFlow income = new FundFlow(
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:1623]
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:1624]
                row(3_282_763L, 3_282_762L, null, null, null), // Actual* [002:1625]
                null); // nothing entered against the comment prompt [002:1627-1630]
        FundFlow expenditure = new FundFlow(
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:1644]
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:1645]
                row(3_282_763L, 3_282_762L, null, null, null), // Actual* [002:1646]
                null); // nothing entered against the comment prompt [002:1648-1651]
        PreviouslyReturned previous = new PreviouslyReturned(
                new FundFlow(
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:1616]
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:1617]
                        row(3_282_763L, null, null, null, null), // Actual* [002:1618]
                        null),
                new FundFlow(
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:1637]
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:1638]
                        row(3_282_763L, null, null, null, null), // Actual* "£3 282 763" (OCR spaces) [002:1639]
                        null));
        return new IncomeAndExpenditure(
                Money.pounds(13_131_049L), // "Pooled Fund" [002:1623]
                income, expenditure,
                "no comment", // [002:1653]
                previous);
    }

    private static IncomeAndExpenditure q3() {
        FundFlow income = new FundFlow(
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:2009]
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:2010]
                // Actual* [002:2011]; the stray "1" in the pooled-fund column is OCR noise (the
                // Actual row has no pooled-fund cell).
                row(3_282_763L, 3_282_762L, 3_282_762L, null, null),
                null); // nothing entered against the comment prompt [002:2013-2016]
        FundFlow expenditure = new FundFlow(
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:2030]
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:2031]
                row(3_282_763L, 3_282_762L, 3_282_762L, null, null), // Actual* [002:2032]
                // The one "nil comment" of this tab, at [002:2039], renders just above its label
                // "Commentary on progress against financial plan:" [002:2040] (as Q4 renders a value
                // above its label, [002:2397-2398]), so it is the financial commentary; nothing is
                // rendered against the difference prompt [002:2034-2037].
                null);
        PreviouslyReturned previous = new PreviouslyReturned(
                new FundFlow(
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:2002]
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:2003]
                        row(3_282_763L, 3_282_762L, null, null, null), // Actual* [002:2004]
                        null),
                new FundFlow(
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:2023]
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:2024]
                        row(3_282_763L, 3_282_762L, null, null, null), // Actual* [002:2025]
                        null));
        return new IncomeAndExpenditure(
                Money.pounds(13_131_049L), // "Pooled Fund" [002:2009]
                income, expenditure,
                "nil comment", // [002:2039-2040]
                previous);
    }

    private static IncomeAndExpenditure q4() {
        FundFlow income = new FundFlow(
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:2393]
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:2394]
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Actual*, with its annual total [002:2395]
                "nil comment"); // [002:2397], rendered above its prompt [002:2398-2399]
        FundFlow expenditure = new FundFlow(
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:2413]
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:2414]
                row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Actual*, with its annual total [002:2415]
                "nil comment"); // [002:2418]
        PreviouslyReturned previous = new PreviouslyReturned(
                new FundFlow(
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:2386]
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:2387]
                        row(3_282_763L, 3_282_762L, 3_282_762L, null, null), // Actual* [002:2388]
                        null),
                new FundFlow(
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Plan [002:2406]
                        row(3_282_763L, 3_282_762L, 3_282_762L, 3_282_762L, 13_131_049L), // Forecast [002:2407]
                        row(3_282_763L, 3_282_762L, 3_282_762L, null, null), // Actual* [002:2408]
                        null));
        return new IncomeAndExpenditure(
                Money.pounds(13_131_049L), // "Pooled Fund" [002:2393]
                income, expenditure,
                "nil comment", // [002:2419]
                previous);
    }

    /** One grid row in whole pounds; a null is a blank cell. */
    private static QuarterlyFigures row(Long q1, Long q2, Long q3, Long q4, Long annualTotal) {
        return new QuarterlyFigures(pounds(q1), pounds(q2), pounds(q3), pounds(q4), pounds(annualTotal));
    }

    private static Money pounds(Long amount) {
        return amount == null ? null : Money.pounds(amount);
    }
}
