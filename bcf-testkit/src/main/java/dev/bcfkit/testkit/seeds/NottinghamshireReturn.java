package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.core.metrics.MetricKind.DELAYED_TRANSFERS_OF_CARE;
import static dev.bcfkit.core.metrics.MetricKind.NON_ELECTIVE_ADMISSIONS;
import static dev.bcfkit.core.metrics.MetricKind.REABLEMENT;
import static dev.bcfkit.core.metrics.MetricKind.RESIDENTIAL_ADMISSIONS;
import static dev.bcfkit.core.returns.MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET;
import static dev.bcfkit.core.returns.MetricAssessment.ON_TRACK_TO_MEET_TARGET;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.metrics.Trend;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ImprovedBcfProgress;
import dev.bcfkit.core.returns.ReturnCover;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Golden fixture: Nottinghamshire's "Better Care Fund Template Q2 2017/18" (Appendix 1 of the
 * Health and Wellbeing Board report of 6 December 2017, {@code [000:180-254]}), with the
 * figures of the report's "Table 1: Performance against BCF performance metrics"
 * ({@code [000:20-26]}) attached to the matching metric blocks, and the report's improved Better
 * Care Fund figures ({@code [000:42]}, {@code [000:53]}).
 *
 * <p>The return was "submitted to NHS England on 17 November pending HWB approval"
 * ({@code [000:37]}), so its sign-off reads "TBC" ({@code [000:190]}). All four national
 * conditions and the s.75 question are "Yes" ({@code [000:196-203]}). The 2017/18 edition has no
 * income and expenditure, additional measures, year-end feedback or additional iBCF section:
 * those are null.
 *
 * <p>Text is verbatim. A cell the rendering broke over two physical lines is re-joined with one
 * space; the HTML markup the rendering left in some metric cells ({@code <p>}, {@code <ul>}) is
 * dropped, each of its paragraphs becoming a line, and the words, bullets ("•", "o") and
 * spellings are kept. Blank cells are null.
 */
public final class NottinghamshireReturn {
    private static final FinancialYear Y2017_18 = FinancialYear.of(2017);
    private static final FinancialYear Y2018_19 = FinancialYear.of(2018);
    private static final FinancialYear Y2019_20 = FinancialYear.of(2019);

    /** "Progress against local plan for integration of health and social care" {@code [000:246]}: {@code [000:248-250]}. */
    static final String PROGRESS = String.join("\n",
            // [000:248]
            "In Nottinghamshire we have maintained our ambition for a strong BCF plan across our Health and Wellbeing Board footprint. Performance against all BCF metrics continues to be monitored monthly to ensure timely actions where plans are off-track. There continues to be a high level of commitment from partners to address performance issues e.g. daily discussions within hospitals to facilitate timely discharges, the development of transfer to assess models to reduce long term admissions to care homes, District Authority alignment with Integrated Discharge Teams to ensure housing needs of patients are addressed prior to discharge and avoid unnecessary delays. At Q2, 2 performance metrics are on plan, and 2 off plan (reablement, and delayed transfers of care – we additionally measure satisfaction with Disabled Facilities Grants and Friends and Family test data which are on plan).",
            // [000:250]
            "The 6 CCGs continue to work with local authority, District and Borough Councils, acute, mental health and community trusts and the community and voluntary sector in their 3 units of planning to ensure service transformation with a focus on reducing non-elective admissions and attendance, and care home admissions. Plans to accelerate improvement in trajectories are forecast to deliver further improvements as projects and programmes mature and transfer of investment and resources to primary and community setting manages demand more appropriately.");

    /** "Integration success story highlight over the past quarter" {@code [000:252]}: {@code [000:254]}. */
    // [000:254]
    static final String SUCCESS_STORY =
            "Through the Nottingham and Nottinghamshire STP, there is further support from NHS England to embed the Integrated Personal Commissioning approach across south and mid Nottinghamshire.";

    private NottinghamshireReturn() {
    }

    /**
     * The Q2 2017/18 quarterly return ({@code [000:180-254]}).
     *
     * @return the return, built afresh on each call
     */
    public static QuarterlyReturn q2of2017to18() {
        return new QuarterlyReturn(
                // [000:182] "Better Care Fund Template Q2 2017/18"
                ReportingPeriod.of(Y2017_18, Quarter.Q2),
                cover(),
                // [000:203] "Have the funds been pooled via a s.75 pooled budget?  Yes"; no explanation, no date
                new BudgetArrangements(YesNo.YES, null, null, null),
                conditions(),
                null, // income and expenditure: 2016/17 only
                metrics(),
                null, // year-end feedback: 2016/17 Q4 only
                null, // additional measures: 2016/17 only
                NottinghamshireHighImpactChanges.model(),
                new Narrative(PROGRESS, SUCCESS_STORY),
                null, // additional iBCF: 2018/19 only
                // [000:52] "Two progress reports have been submitted to date"; the report groups its
                // proposals by heading ([000:57-101]) but names no purpose or amount for each, so no use
                // is recorded
                new ImprovedBcfProgress(List.of(), 2));
    }

    /**
     * Nottinghamshire's improved Better Care Fund as the report states it: "an additional £64.13m
     * over three years - with £16.06m in 2017/18, £21.56m in 2018/19 and £26.51m in 2019/20"
     * ({@code [000:42]}), and "Of the total £16,059,934 improved Better Care Fund, it is forecast that
     * £15,499,646 is on track to be spent against the plan by March 2018. £560,287 has therefore been
     * identified as one-off funding" ({@code [000:53]}); 16,059,934 - 15,499,646 is 560,288, and the
     * stated 560,287 is kept. The paper does not say how much is pooled into the BCF, so
     * {@code pooled} is empty, and it mentions no Ministerial exemption.
     *
     * @return the grant, built afresh on each call
     */
    public static ImprovedBcf improvedBcf() {
        SortedMap<FinancialYear, Money> allocations = new TreeMap<>();
        allocations.put(Y2017_18, Money.pounds(16_060_000L)); // [000:42] "£16.06m in 2017/18"
        allocations.put(Y2018_19, Money.pounds(21_560_000L)); // [000:42] "£21.56m in 2018/19"
        allocations.put(Y2019_20, Money.pounds(26_510_000L)); // [000:42] "£26.51m in 2019/20"
        return new ImprovedBcf(
                allocations,
                Money.pounds(64_130_000L), // [000:42] "£64.13m over three years"
                new TreeMap<>(),
                false,
                new ImprovedBcf.SpendForecast(Y2017_18,
                        Money.pounds(16_059_934L),  // [000:53] "Of the total £16,059,934"
                        Money.pounds(15_499_646L),  // [000:53] "£15,499,646 is on track to be spent"
                        Money.pounds(560_287L)));   // [000:53] "£560,287 has therefore been identified"
    }

    /** "1. Cover", {@code [000:184-190]}. */
    private static ReturnCover cover() {
        return new ReturnCover(
                HealthAndWellbeingBoard.named("Nottinghamshire"), // [000:186]
                "Joanna Cooper",                                  // [000:187]
                "joanna.cooper@nottscc.gov.uk",                   // [000:188]
                "0115 9773577",                                   // [000:189]
                "TBC",                                            // [000:190], a placeholder
                // [000:37] "the Q2 2017/18 national report was submitted to NHS England on 17 November"
                // (the report is dated 6 December 2017, [000:3])
                LocalDate.of(2017, 11, 17));
    }

    /** "Confirmation of National Conditions", {@code [000:194-199]}: all "Yes", no explanations. */
    private static List<ConditionResponse> conditions() {
        return List.of(
                ConditionResponse.of(NationalCondition.NC2017_1, ConditionAnswer.YES, null, null), // [000:196]
                ConditionResponse.of(NationalCondition.NC2017_2, ConditionAnswer.YES, null, null), // [000:197]
                ConditionResponse.of(NationalCondition.NC2017_3, ConditionAnswer.YES, null, null), // [000:198]
                ConditionResponse.of(NationalCondition.NC2017_4, ConditionAnswer.YES, null, null)); // [000:199]
    }

    /** "3. Metrics", {@code [000:205-216]}, with the figures of Table 1 ({@code [000:20-26]}). */
    private static List<MetricProgress> metrics() {
        return List.of(
                // [000:208] "NEA"
                new MetricProgress(NON_ELECTIVE_ADMISSIONS,
                        "Reduction in non-elective admissions",
                        ON_TRACK_TO_MEET_TARGET,
                        null, // commentary: a 2016/17 field
                        // challenges
                        null,
                        // achievements
                        "Emergency Activity continues to be discussed at both the joint A&E Delivery Boards and the local Systems Resilience Groups.",
                        // support needs
                        null,
                        null, // specified metric: a 2016/17 field
                        bcf1()),
                // [000:209] "Res Admissions"
                new MetricProgress(RESIDENTIAL_ADMISSIONS,
                        "Rate of permanent admissions to residential care per 100,000 population (65+)",
                        ON_TRACK_TO_MEET_TARGET,
                        null, // commentary: a 2016/17 field
                        // challenges
                        null,
                        // achievements
                        null,
                        // support needs
                        null,
                        null, // specified metric: a 2016/17 field
                        bcf2()),
                // [000:210] + [000:212] "Reablement"
                new MetricProgress(REABLEMENT,
                        "Proportion of older people (65 and over) who were still at home 91 days after discharge from hospital into reablement / rehabilitation services",
                        ON_TRACK_TO_MEET_TARGET,
                        null, // commentary: a 2016/17 field
                        // challenges
                        "This year we are able to include step down services such as transfer to assess that are provided at the care and support centres as these are now recorded on FWi. This has increased the number of people that are included in this indicator as being discharged from hospital into reablement services however the percentage still at home after 91 days has reduced.\n" +
                                "The START service are maintaining performance at 91.4% (as measured in 2015/16), however the new step down discharge services are performing at 71%, which has reduced the overall figure to 82%. This indicator is currently off target.",
                        // achievements
                        "Since quarter one outcomes have improved and this indicator is currently on target. It is expected that this trend will continue and this indicator will be on target at year end.",
                        // support needs
                        null,
                        null, // specified metric: a 2016/17 field
                        bcf3()),
                // [000:213] + [000:215] "Delayed Transfers of Care*"
                new MetricProgress(DELAYED_TRANSFERS_OF_CARE,
                        "Delayed Transfers of Care (delayed days)",
                        NOT_ON_TRACK_TO_MEET_TARGET,
                        null, // commentary: a 2016/17 field
                        // challenges
                        "South\n" +
                                "Growth at NUH relates to an increase in health DTOCs and occurred as NUH switched from a paper based system to using Nerve Centre as the method of coding with social care colleagues in July. An action plan is in place to address this.",
                        // achievements
                        "South\n" +
                                "Electronic monitoring system now in place at NUH\n" +
                                "Mid\n" +
                                "• Commenced weekly meetings focussing on our integrated discharge transformation scheme/programme, this has senior representation from all stakeholders • Commenced Better Together discharge initiative whereby Board Rounds are attended by Social Care and Community Services as well as the Discharge Team on the pilot wards. (now in week 2)\n" +
                                "• Mobilised a D2A pathway into community teams/services in M&A\n" +
                                "North\n" +
                                "Using short term nursing care beds to ensure that DSTs aren't being done in hospital\n" +
                                "o Bassetlaw CCG is liaising and working with the Local Authority to facilitate discharges which are out of the CHC pathway o Delays are discussed at the Urgent Care Operations Group fortnightly to resolve local issues that are not covered by routine processes o Integrated Discharge Team at Bassetlaw Hospital works well with Local Authorities – daily dialogue.",
                        // support needs
                        null,
                        null, // specified metric: a 2016/17 field
                        bcf4()));
    }

    /**
     * Table 1 row BCF1, {@code [000:23]}: "21,722 Q2", "21,488 Q2", "G ↑", in the unit the indicator
     * column prints: "Total non-elective admissions in to hospital (general &amp; acute), all-age, per
     * 100,000 population". The unit is transcribed as printed, not inferred from the size of the figures.
     */
    private static MetricFigures bcf1() {
        return new MetricFigures("BCF1",
                new BigDecimal("21722"), MetricUnit.PER_100K, "Q2",
                new BigDecimal("21488"), MetricUnit.PER_100K, "Q2",
                Rag.GREEN, Trend.IMPROVING,
                // [000:23]
                "A&E Improvement Plans are in place in the three planning units. These plans form part of Winter Plans.");
    }

    /**
     * Table 1 row BCF2, {@code [000:24]}: "565.6" (no period printed), "493 YTD", "G ↑"; "... to
     * residential and nursing care homes, per 100,000 population".
     */
    private static MetricFigures bcf2() {
        return new MetricFigures("BCF2",
                new BigDecimal("565.6"), MetricUnit.PER_100K, null,
                new BigDecimal("493"), MetricUnit.PER_100K, "YTD",
                Rag.GREEN, Trend.IMPROVING,
                // [000:24]
                "Target not achieved but 2016/17 baseline maintained.");
    }

    /** Table 1 row BCF3, {@code [000:25]}: "85%" (no period printed), "84% YTD", "A ↑"; per cent as 85 and 84. */
    private static MetricFigures bcf3() {
        return new MetricFigures("BCF3",
                new BigDecimal("85"), MetricUnit.PERCENT, null,
                new BigDecimal("84"), MetricUnit.PERCENT, "YTD",
                Rag.AMBER, Trend.IMPROVING,
                // [000:25]
                "Additional services included in performance monitoring. The START service are maintaining performance at 91.4% (as measured in 2015/16).");
    }

    /**
     * Table 1 row BCF4, {@code [000:26]}: "613.7 Q2", "644.14 Q2", "R ↓"; "Delayed transfers of care
     * (delayed days) from hospital per 100,000 population (average per month)".
     */
    private static MetricFigures bcf4() {
        return new MetricFigures("BCF4",
                new BigDecimal("613.7"), MetricUnit.PER_100K_PER_MONTH, "Q2",
                new BigDecimal("644.14"), MetricUnit.PER_100K_PER_MONTH, "Q2",
                Rag.RED, Trend.WORSENING,
                // [000:26]
                "NHS DTOCs performing above target. Social care and jointly attributable DTOCs performing below target.");
    }
}
