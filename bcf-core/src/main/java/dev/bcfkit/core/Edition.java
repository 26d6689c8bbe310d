package dev.bcfkit.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A template edition: which form a document follows, and so which rules, sections and answer
 * lists apply. The templates changed from year to year ({@code [003]}, {@code [002]}, {@code [000]}, {@code [004]}): the 2014 planning
 * template Part 1 ({@code [003]}), the 2016/17 quarterly return whose sections change by quarter
 * ({@code [002:759-2613]}), the 2017/18 and 2018/19 returns ({@code [000:180-254]},
 * {@code [004]}), and the 2017-19 pooled budget and plan of the Policy Framework ({@code [002:395-517]}).
 */
public enum Edition {
    /** The BCF planning template Part 1, April 2014, for 2014/15 and 2015/16 ({@code [003]}). */
    PLAN_2014(DocumentKind.PLAN, 2014, "2014 planning template (Part 1)"),
    /** The 2016/17 quarterly return, Q1 to Q4 ({@code [002:854-2613]}). */
    QUARTERLY_2016_17(DocumentKind.QUARTERLY_RETURN, 2016, "2016/17 quarterly return"),
    /** The 2017/18 quarterly return ({@code [000:180-254]}). */
    QUARTERLY_2017_18(DocumentKind.QUARTERLY_RETURN, 2017, "2017/18 quarterly return"),
    /** The 2018/19 quarterly return ({@code [004]}). */
    QUARTERLY_2018_19(DocumentKind.QUARTERLY_RETURN, 2018, "2018/19 quarterly return"),
    /**
     * The 2017-19 pooled budget under the Integration and Better Care Fund Policy Framework
     * ({@code [002:395-517]}, Annex A {@code [002:667-688]}): contributions, the NHS contribution to
     * adult social care, the improved BCF and the Disabled Facilities Grant.
     */
    POOLED_BUDGET_2017_19(DocumentKind.POOLED_BUDGET, 2017, "2017-19 pooled budget (Policy Framework)"),
    /**
     * A local outcome table as the Mid-Nottinghamshire Better Together Alliance reports it for
     * October 2016 ({@code [001:35-41]}): outcome, percentage reduction target by 2018/19, interim
     * target, actual and trend, "Low is good" ({@code [001:29]}). A board report, not a template.
     */
    LOCAL_OUTCOMES_2016(DocumentKind.LOCAL_OUTCOME_TABLE, 2016, "2016 local outcome table (board report)"),
    /**
     * The BCF plan for 2017-19 under the Integration and Better Care Fund Policy Framework
     * ({@code [002:395-517]}, Annex A {@code [002:667-688]}, integration by 2020
     * {@code [002:626]}): the four national conditions, the pooled budget, the improved BCF's
     * conditions and the Disabled Facilities Grant.
     */
    PLAN_2017_19(DocumentKind.PLAN, 2017, "2017-19 plan (Integration and BCF Policy Framework)");

    private final DocumentKind kind;
    private final FinancialYear year;
    private final String label;

    Edition(DocumentKind kind, int startYear, String label) {
        this.kind = kind;
        this.year = FinancialYear.of(startYear);
        this.label = label;
    }

    /** @return whether this edition is a plan or a quarterly return */
    public DocumentKind kind() {
        return kind;
    }

    /** @return the (first) financial year the edition covers */
    public FinancialYear year() {
        return year;
    }

    /** @return a plain-English name, such as "2016/17 quarterly return" */
    public String label() {
        return label;
    }

    /** @return whether this is one of the 2017-19 editions (four national conditions, HICM) */
    public boolean isPolicy2017To19() {
        return this == QUARTERLY_2017_18 || this == QUARTERLY_2018_19;
    }

    /**
     * The quarterly-return edition for a financial year.
     *
     * @param year the return's financial year
     * @return the edition
     * @throws UnknownEditionException if the library has no template for that year
     */
    public static Edition ofReturn(FinancialYear year) {
        for (Edition e : values()) {
            if (e.kind == DocumentKind.QUARTERLY_RETURN && e.year.equals(year)) {
                return e;
            }
        }
        throw new UnknownEditionException("no quarterly return template is known for " + year + "; known: "
                + Arrays.stream(values()).filter(e -> e.kind == DocumentKind.QUARTERLY_RETURN)
                        .map(e -> e.year.toString()).collect(Collectors.joining(", ")));
    }

    /**
     * Reads an edition by its constant name ({@code QUARTERLY_2017_18}).
     *
     * @param name the constant name
     * @return the edition
     * @throws UnknownEditionException if there is no such edition
     */
    public static Edition parse(String name) {
        for (Edition e : values()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new UnknownEditionException("edition: unknown edition \"" + Text.abbreviate(name) + "\"; known: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
