package dev.bcfkit.core.outcomes;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A local outcome table: a local integration programme's own outcomes, each tracked against a
 * reduction target for a target year and an interim target, as the Mid-Nottinghamshire Better
 * Together Alliance reports them to the county's Adult Social Care and Health Committee
 * ({@code [001:29]} "Table 1 below shows performance against the four priority targets of the
 * 'Urgent and Proactive Care' workstream. Low is good for all the indicators"; the table
 * {@code [001:35-41]}). A document of its own ({@link Edition#LOCAL_OUTCOMES_2016}): a board
 * report, not a national template, so the rules that judge it are derived.
 *
 * @param partnership the programme or partnership, such as "Mid-Nottinghamshire Better Together Alliance", or null
 * @param workstream the workstream whose targets the table shows, such as "Urgent and Proactive Care", or null
 * @param reportDate the date of the report that prints the table, or null
 * @param targetYear the year the reduction targets are to be met by, such as 2018/19, or null
 * @param interimPeriod the period of the interim targets and actuals as printed, such as "October 2016", or null
 * @param trendSince when the printed trends start, as printed, such as "April 2016", or null
 * @param outcomes the rows, in the order printed
 */
public record LocalOutcomeTable(
        @Size(max = 200) String partnership,
        @Size(max = 200) String workstream,
        LocalDate reportDate,
        FinancialYear targetYear,
        @Size(max = 50) String interimPeriod,
        @Size(max = 50) String trendSince,
        @NotNull List<@Valid LocalOutcome> outcomes) implements BcfDocument {

    /**
     * @throws dev.bcfkit.core.BcfException if the list of outcomes is null or holds a null row
     */
    public LocalOutcomeTable {
        outcomes = Components.list("outcomes", outcomes);
    }

    /** @return the template edition, always {@link Edition#LOCAL_OUTCOMES_2016} */
    @Override
    public Edition edition() {
        return Edition.LOCAL_OUTCOMES_2016;
    }

    /** @return {@link DocumentKind#LOCAL_OUTCOME_TABLE} */
    @Override
    public DocumentKind kind() {
        return DocumentKind.LOCAL_OUTCOME_TABLE;
    }
}
