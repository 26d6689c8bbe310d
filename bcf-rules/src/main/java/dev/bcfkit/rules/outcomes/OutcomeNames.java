package dev.bcfkit.rules.outcomes;

import dev.bcfkit.core.Text;
import dev.bcfkit.core.outcomes.LocalOutcome;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import java.math.BigDecimal;

/** How the local-outcome rules' messages name an outcome, its periods and its figures. */
final class OutcomeNames {
    private OutcomeNames() {
    }

    /** @return the outcome area quoted, or "6 (no outcome area)" for a row without one */
    static String of(LocalOutcome o, int index) {
        return Text.isBlank(o.outcomeArea()) ? (index + 1) + " (no outcome area)"
                : "\"" + Text.abbreviate(o.outcomeArea()) + "\"";
    }

    /** @return " by 2018/19", or "" if the table states no target year */
    static String by(LocalOutcomeTable table) {
        return table.targetYear() == null ? "" : " to be met by " + table.targetYear();
    }

    /** @return " for October 2016", or "" if the table states no interim period */
    static String in(LocalOutcomeTable table) {
        return Text.isBlank(table.interimPeriod()) ? "" : " for \"" + Text.abbreviate(table.interimPeriod()) + "\"";
    }

    /** @return "9000 attendances", or "9000" if the row states no unit */
    static String figure(BigDecimal value, LocalOutcome o) {
        return value.toPlainString() + (Text.isBlank(o.unit()) ? "" : " " + Text.abbreviate(o.unit()));
    }
}
