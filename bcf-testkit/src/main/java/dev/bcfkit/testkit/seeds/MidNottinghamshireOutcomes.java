package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.outcomes.LocalOutcome;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Golden fixture: the Mid-Nottinghamshire Better Together Alliance's Table 1, "performance against
 * the four priority targets of the 'Urgent and Proactive Care' workstream" ({@code [001:29]},
 * {@code [001:35-41]}), from the report of 13 March 2017 ({@code [001:3]}) to Nottinghamshire
 * County Council's Adult Social Care and Health Committee. Every figure and sentence is the
 * table's, as printed: the percentages without their "%" (25 for "25%", 15.1 for "15.1 %"), the
 * counts without their thousands separators and with what they count as the unit, the trends word
 * for word, including the emergency admissions row's "Attendances are consistently above target"
 * ({@code [001:40]}). "Low is good for all the indicators" ({@code [001:29]}) gives every row's
 * direction. The report names no Health and Wellbeing Board and no baseline, so the table has
 * neither.
 */
public final class MidNottinghamshireOutcomes {
    private MidNottinghamshireOutcomes() {
    }

    /**
     * Table 1 for October 2016 ({@code [001:35-41]}).
     *
     * @return the table, built afresh on each call
     */
    public static LocalOutcomeTable october2016() {
        return new LocalOutcomeTable("Mid-Nottinghamshire Better Together Alliance", "Urgent and Proactive Care",
                LocalDate.of(2017, 3, 13), FinancialYear.of(2018), "October 2016", "April 2016", List.of(
                        row("Reduction in admissions to residential and nursing homes", "25", "28", "25",
                                "admissions", "Admissions are consistently lower than target"),
                        row("Reduction in attendances at Emergency Department", "15.1", "8000", "9000",
                                "attendances", "Attendances are consistently above target"),
                        row("Reduction in emergency admissions to hospital", "19.5", "2700", "3100", "admissions",
                                "Attendances are consistently above target"),
                        row("Reduction in emergency acute hospital bed days", "30.5", "14000", "14300", "bed days",
                                "Bed days are above target")));
    }

    private static LocalOutcome row(String outcome, String reduction, String target, String actual, String unit,
            String trend) {
        return new LocalOutcome(outcome, new BigDecimal(reduction), new BigDecimal(target), new BigDecimal(actual),
                unit, Direction.LOWER_IS_BETTER, trend);
    }
}
