package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.rules.calc.Phasing;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The income and expenditure grids as tables of row by quarter ({@link FundGrid#quarters}):
 * Southend's Q2 2016/17 grid, the pooled fund of £13,131,049 phased 3,282,763 + 3 x 3,282,762
 * ({@code [002:1022]}), with actuals entered for Q1 and Q2 only ({@code [002:1625]}).
 */
class FundGridTableTest {

    private static final IncomeAndExpenditure SOUTHEND_Q2 = ReturnSamples.incomeAndExpenditure(ReturnSamples.POOLED,
            ReturnSamples.PHASED, Quarter.Q2);

    @Test
    void southendsSecondQuarterGridHoldsItsTenEnteredCellsInTemplateOrder() {
        ImmutableTable<FundRow, Quarter, Money> cells = FundGrid.INCOME.quarters(SOUTHEND_Q2);
        assertEquals(10, cells.size(), "4 plan + 4 forecast + 2 actual cells");
        assertEquals(Money.pounds(3_282_763), cells.get(FundRow.PLAN, Quarter.Q1));
        assertEquals(Money.pounds(3_282_762), cells.get(FundRow.ACTUAL, Quarter.Q2));
        assertEquals(List.of(Quarter.Q1, Quarter.Q2), List.copyOf(cells.row(FundRow.ACTUAL).keySet()),
                "no actual after the reported quarter");
        List<String> order = new ArrayList<>();
        for (Table.Cell<FundRow, Quarter, Money> c : cells.cellSet()) {
            order.add(c.getRowKey() + " " + c.getColumnKey());
        }
        assertEquals(List.of("PLAN Q1", "PLAN Q2", "PLAN Q3", "PLAN Q4", "FORECAST Q1", "FORECAST Q2",
                "FORECAST Q3", "FORECAST Q4", "ACTUAL Q1", "ACTUAL Q2"), order);
    }

    @Test
    void anAbsentTabOrGridIsAnEmptyTable() {
        assertTrue(FundGrid.EXPENDITURE.quarters(null).isEmpty());
        IncomeAndExpenditure noExpenditure = new IncomeAndExpenditure(ReturnSamples.POOLED, SOUTHEND_Q2.income(), null,
                null, null);
        assertTrue(FundGrid.EXPENDITURE.quarters(noExpenditure).isEmpty());
        assertEquals(10, FundGrid.INCOME.quarters(noExpenditure).size());
    }

    @Provide
    Arbitrary<QuarterlyFigures> rows() {
        Arbitrary<Money> cell = Arbitraries.longs().between(0, 100_000_000).map(Money::pounds).injectNull(0.4);
        return cell.list().ofSize(5).map(c -> new QuarterlyFigures(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4)));
    }

    /** The table holds exactly the entered quarter cells of the grid, each at its row and quarter; annual totals stay out. */
    @Property
    void theTableHoldsExactlyTheEnteredQuarterCells(@ForAll("rows") QuarterlyFigures plan,
            @ForAll("rows") QuarterlyFigures forecast, @ForAll("rows") QuarterlyFigures actual,
            @ForAll FundGrid grid) {
        FundFlow flow = new FundFlow(plan, forecast, actual, null);
        IncomeAndExpenditure ie = new IncomeAndExpenditure(null, flow, flow, null, null);
        ImmutableTable<FundRow, Quarter, Money> cells = grid.quarters(ie);
        int entered = 0;
        for (FundRow row : FundRow.values()) {
            for (Quarter q : Quarter.values()) {
                Money m = row.of(flow).get(q);
                assertEquals(m, cells.get(row, q), row + " " + q);
                entered += m == null ? 0 : 1;
            }
        }
        assertEquals(entered, cells.size());
    }

    @Test
    void phasingSouthendsPooledFundFillsTheTwelveCellsOfAFourthQuarterGrid() {
        IncomeAndExpenditure q4 = ReturnSamples.incomeAndExpenditure(ReturnSamples.POOLED,
                Phasing.split(ReturnSamples.POOLED, 4, Phasing.Unit.POUND), Quarter.Q4);
        assertEquals(12, FundGrid.EXPENDITURE.quarters(q4).size());
        assertEquals(ReturnSamples.POOLED, Money.sum(FundGrid.EXPENDITURE.quarters(q4).row(FundRow.ACTUAL).values()));
    }
}
