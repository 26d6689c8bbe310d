package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanConditions;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.PlanningUnitAllocation;
import dev.bcfkit.core.plan.RelatedDocument;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.core.plan.SocialCareProtection;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Golden fixture: Nottinghamshire's Better Care Fund plan, "Better Care Fund planning template –
 * Part 1" ({@code [003:3]}), agreed at the Health and Wellbeing Board on 2 April 2014 and
 * submitted on 4 April 2014 ({@code [003:18-19]}), transcribed faithfully from seed 003.
 *
 * <p>Every field the seed fills is filled: plan details, the eight sign-offs, provider and public
 * engagement, the six related documents, the vision, the six scheme themes with their success
 * factors and the "other schemes" entry, protecting social care (definition, protection, the
 * three planning-unit allocations, the total and the Care Bill funding), conditions b) to d)
 * and the 22 risks. What the seed leaves blank stays null: the board's sign-off has no position
 * ({@code [003:63]}), and condition d) gives neither of the two proportions it asks for
 * ({@code [003:667]}), which is what the golden warning on that condition depends on.
 *
 * <p>Not in the model, so not transcribed: the aims and objectives ({@code [003:170-218]}), the
 * implications for the acute sector ({@code [003:351-563]}) and the governance of the pool
 * ({@code [003:565-588]}). Part 2 (metrics and finance, {@code [003:5]}) is not among the seeds.
 *
 * <p>Text conventions are those of the narrative answers: each paragraph is one seed line,
 * paragraphs are joined with a line feed, and a paragraph broken over two lines by the
 * rendering is re-joined with one space.
 */
public final class NottinghamshirePlan {
    private static final FinancialYear Y2014_15 = FinancialYear.of(2014);
    private static final FinancialYear Y2015_16 = FinancialYear.of(2015);
    /** "Date" of the six CCG and the Council sign-offs, {@code [003:30]} to {@code [003:60]}. */
    private static final LocalDate PARTNERS_SIGNED = LocalDate.of(2014, 3, 21);

    private NottinghamshirePlan() {
    }

    /**
     * Nottinghamshire's 2014 plan, for 2014/15 and 2015/16 ({@code [003]}).
     *
     * @return the plan, built afresh on each call
     */
    public static Plan plan2014() {
        return new Plan(
                details(),
                signOffs(),
                NottinghamshirePlanNarratives.PROVIDER_ENGAGEMENT,
                NottinghamshirePlanNarratives.PUBLIC_ENGAGEMENT,
                relatedDocuments(),
                NottinghamshirePlanNarratives.VISION,
                NottinghamshirePlanSchemes.schemes(),
                socialCareProtection(),
                conditions(),
                NottinghamshirePlanRisks.risks(),
                NottinghamshirePlanSections.AIMS_AND_OBJECTIVES,
                NottinghamshirePlanSections.ACUTE_SECTOR_IMPACT,
                NottinghamshirePlanSections.GOVERNANCE,
                // [003:5] asks for Part 2 and [003:613] refers to "Part 2 of this plan", but the paper does not
                // print it or say it was completed: blank
                null);
    }

    /** Section 1 a "Summary of Plan", {@code [003:13-23]}. */
    private static PlanDetails details() {
        return new PlanDetails(
                // The board of [003:62] "Nottinghamshire Health and Wellbeing Board"
                HealthAndWellbeingBoard.named("Nottinghamshire"),
                // [003:15] "Local Authority  Nottinghamshire County Council"; a county council, so upper tier
                new LocalAuthority("Nottinghamshire County Council", LocalAuthority.Tier.UPPER_TIER),
                // [003:16] prints the six names run together; split as the sign-off blocks name them [003:27-52]
                List.of(
                        new ClinicalCommissioningGroup("Bassetlaw"),                  // [003:27]
                        new ClinicalCommissioningGroup("Mansfield and Ashfield"),     // [003:32]
                        new ClinicalCommissioningGroup("Newark and Sherwood"),        // [003:37]
                        new ClinicalCommissioningGroup("Nottingham North and East"),  // [003:42]
                        new ClinicalCommissioningGroup("Nottingham West"),            // [003:47]
                        new ClinicalCommissioningGroup("Rushcliffe")),                // [003:52]
                // [003:17]
                "There is a 2.7% population difference between the Local Authority and CCG boundaries. This small "
                        + "figure is not expected to impact significantly on delivery of this Better Care Fund (BCF) plan.",
                LocalDate.of(2014, 4, 2),   // [003:18] "02/04/2014"
                LocalDate.of(2014, 4, 4),   // [003:19] "04/04/2014"
                byYear(16_100_000L,         // [003:20] "Minimum required value of ITF pooled budget: 2014/15 £16,100,000"
                        54_905_000L),       // [003:21] "2015/16 £54,905,000"
                byYear(33_971_484L,         // [003:22] "Total agreed value of pooled budget: 2014/15 £33,971,484"
                        59_464_000L));      // [003:23] "2015/16 £59,464,000"
    }

    /** Section 1 b "Authorisation and signoff", {@code [003:25-64]}: six CCGs, the Council, the board. */
    private static List<SignOff> signOffs() {
        return List.of(
                // [003:27-30]
                new SignOff(BodyType.CCG, "Bassetlaw", "Phil Mettam", "Chief Officer", PARTNERS_SIGNED),
                // [003:32-35]; the same person signs for Newark and Sherwood
                new SignOff(BodyType.CCG, "Mansfield and Ashfield", "Amanda Sullivan", "Chief Officer", PARTNERS_SIGNED),
                // [003:37-40]
                new SignOff(BodyType.CCG, "Newark and Sherwood", "Amanda Sullivan", "Chief Officer", PARTNERS_SIGNED),
                // [003:42-45]
                new SignOff(BodyType.CCG, "Nottingham North and East", "Sam Walters", "Chief Operating Officer",
                        PARTNERS_SIGNED),
                // [003:47-50]
                new SignOff(BodyType.CCG, "Nottingham West", "Oliver Newbould", "Chief Operating Officer",
                        PARTNERS_SIGNED),
                // [003:52-55]
                new SignOff(BodyType.CCG, "Rushcliffe", "Vicky Bailey", "Chief Officer", PARTNERS_SIGNED),
                // [003:57-60]
                new SignOff(BodyType.COUNCIL, "Nottinghamshire County Council", "David Pearson",
                        "Corporate Director, Adult Social Care, Health and Public Protection", PARTNERS_SIGNED),
                // [003:62-64] "By Chair of Health and Wellbeing Board": the block has no position row
                new SignOff(BodyType.HEALTH_AND_WELLBEING_BOARD, "Nottinghamshire Health and Wellbeing Board",
                        "Joyce Bosnjak", null, LocalDate.of(2014, 4, 2)));
    }

    /** Section 1 e "Related documentation", {@code [003:125-131]}: "01: Planned Schemes" is number and title. */
    private static List<RelatedDocument> relatedDocuments() {
        return List.of(
                // [003:126]
                new RelatedDocument("01", "Planned Schemes",
                        "A table of planned schemes to be implemented under each of our overarching BCF themes"),
                // [003:127]
                new RelatedDocument("02", "7 Day Services Mapping and Aspirations",
                        "Details of Nottinghamshire's 7 day service status and aspirations"),
                // [003:128]
                new RelatedDocument("03", "Bassetlaw – A community of Care and Support",
                        "An overview of Bassetlaw's plans for integrated care"),
                // [003:129]
                new RelatedDocument("04", "Mid-Nottinghamshire NHS Integrated Care Transformation Programme – "
                        + "Presentation to the Nottinghamshire County Council Health and Wellbeing Board",
                        "Outlines a blueprint for a safe and sustainable health and social care economy for "
                                + "Mid-Nottinghamshire"),
                // [003:130]
                new RelatedDocument("05", "South Nottinghamshire Integrated Care – Benchmarking and Better Care Scheme "
                        + "Analysis",
                        "A high-level view of the benefits that may be associated with South Nottinghamshire's BCF "
                                + "schemes"),
                // [003:131]
                new RelatedDocument("06", "Greater Nottingham's vision of integrated care for older people",
                        "Includes details of the South CCGs' work on integrated care for older people"));
    }

    /** Condition a) "Protecting social care services", {@code [003:592-626]}. */
    private static SocialCareProtection socialCareProtection() {
        return new SocialCareProtection(
                NottinghamshirePlanNarratives.LOCAL_DEFINITION,
                NottinghamshirePlanNarratives.HOW_PROTECTED,
                List.of(
                        // [003:617] "North Nottinghamshire £2,227,000 £2,227,000"
                        new PlanningUnitAllocation(NottinghamshirePlanRisks.NORTH, byYear(2_227_000L, 2_227_000L)),
                        // [003:618] "Mid-Nottinghamshire £6,245,000 £6,245,000"
                        new PlanningUnitAllocation(NottinghamshirePlanRisks.MID, byYear(6_245_000L, 6_245_000L)),
                        // [003:619] "South Nottinghamshire £7,645,000 £7,645,000"
                        new PlanningUnitAllocation(NottinghamshirePlanRisks.SOUTH, byYear(7_645_000L, 7_645_000L))),
                // [003:620] "Countywide Total £16,117,000 £16,117,000"
                byYear(16_117_000L, 16_117_000L),
                // [003:626] "£1,946,000, with an additional £735,000 capital ... a grand total ... of £2,681,000"
                new SocialCareProtection.CareBillFunding(
                        Money.pounds(1_946_000L), Money.pounds(735_000L), Money.pounds(2_681_000L)));
    }

    /** Conditions b) to d), {@code [003:628-679]}. */
    private static PlanConditions conditions() {
        return new PlanConditions(
                NottinghamshirePlanNarratives.SEVEN_DAY_SERVICES,
                new PlanConditions.DataSharing(
                        NottinghamshirePlanNarratives.NHS_NUMBER_AS_PRIMARY_IDENTIFIER,
                        NottinghamshirePlanNarratives.NHS_NUMBER_COMMITMENT,
                        NottinghamshirePlanNarratives.OPEN_APIS,
                        NottinghamshirePlanNarratives.INFORMATION_GOVERNANCE,
                        // [003:651] describes where the NHS Number is used without a yes or no: blank
                        null,
                        NottinghamshirePlanSections.NHS_NUMBER_IN_PLACE_BY),
                new PlanConditions.JointAssessment(
                        NottinghamshirePlanNarratives.JOINT_ASSESSMENT,
                        // [003:671] "Based on stratifying the risk profile of the population using a Combined
                        // Predictive Model tool"
                        "Combined Predictive Model tool",
                        // [003:667] asks for both proportions; [003:669-679] gives neither: blank, never zero
                        null,
                        null));
    }

    /** A pair of amounts for 2014/15 and 2015/16, the plan's two years ({@code [003:20-23]}, {@code [003:616]}). */
    private static SortedMap<FinancialYear, Money> byYear(long in2014to15, long in2015to16) {
        SortedMap<FinancialYear, Money> amounts = new TreeMap<>();
        amounts.put(Y2014_15, Money.pounds(in2014to15));
        amounts.put(Y2015_16, Money.pounds(in2015to16));
        return amounts;
    }
}
