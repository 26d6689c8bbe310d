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
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import java.math.BigDecimal;
import java.util.List;

/**
 * Golden fixture: Dorset's "Better Care Fund Template Q2 2018/19", Version 1.0 ({@code [004]}),
 * transcribed faithfully from seed 004: cover, national conditions and s.75 (all "Yes"), the four
 * metric blocks, the High Impact Change Model over five quarters with the Red Bag row, the
 * narrative, and the "6. Additional improved Better Care Fund" section with its average fees.
 * The 2018/19 edition has no income and expenditure, additional measures or year-end feedback:
 * those are null. The return gives no metric figures, so no {@code MetricFigures} are attached.
 *
 * <p>Text is verbatim; "n/a" is kept where the return says it, and blank cells are null. The
 * fee cells left blank for 2018/19 ("Please leave any missing data cells as blank",
 * {@code [004:175]}) are null, never zero.
 *
 * <p>Narrative length: the progress answer ({@code [004:111]}) is 1,128 characters as
 * transcribed, and the counter reads "Remaining Characters: 18,871" ({@code [004:105-107]}):
 * 1,128 + 18,871 = 19,999. This fits a 20,000-character limit on the progress box with one
 * character (most likely white space) lost in the rendering; the success story, at more than
 * 4,000 characters, cannot be what the counter measures. The limit itself is not stated in the
 * papers.
 */
public final class DorsetReturn {
    private static final FinancialYear Y2018_19 = FinancialYear.of(2018);

    /** "Progress against local plan for integration of health and social care" {@code [004:109]}: {@code [004:111]}, 1,128 characters. The counter above it reads "Remaining Characters: 18,871" ({@code [004:105-107]}). */
    // [004:111]
    static final String PROGRESS =
            "The Dorset Better Care Fund has continued to evolve throughout quarter two, particular highlights include the focus on remobilising the Dorset Care Framework for reopening in December 2018. The Dorset Care Framework is a key element to achieving the BCF metrics as it offers the opportunity to gain some structure and control over a marketplace where the vast majority are self-funding. The Home First Project is also progressing with four work-streams created to combat key areas of ASC delays; Assessment and trusted practitioners, reablement and packages of care, pilot reviews and assistive technology and staffing/HR. It is anticipated that the Home First Business Cases will be sent for approval at the beginning of Q3. Further progress has been witnessed in assistive technologies, with partners coming together from health, social care and education to discuss the trial of thermal imaging software as it is recognised that Dorset's demographic lends itself to research. Furthermore, learning regarding self-management apps for healthcare is progressing with training programmes to be rolled out within the next quarter.";

    /** "Integration success story highlight over the past quarter" {@code [004:115]}: {@code [004:117-131]} and {@code [004:135-141]}, around the template prompt {@code [004:133]}, which is not part of the answer. */
    static final String SUCCESS_STORY = String.join("\n",
            // [004:117]
            "Support for Carers",
            // [004:119]
            "Shaping of the carers offer has been progressed through a Pan-Dorset Steering Group, bringing together representatives from across health and social care dedicated to improving the experience of carers across the Dorset system. In addition, agreement on a joint specification for developing an early support offer for carers to create one point of contact is in progress, alongside a dedicated helpline.",
            // [004:121]
            "Integrated Health and Social Care Pathways",
            // [004:123]
            "Teams are strengthening their focus on the most complex patients with an increased focus on frailty, rapid response and care homes. Primary care has been strengthening their frailty approaches and working at scale more than in previous years. The localities are seeing a reduction in admissions, readmissions as well as a substantial decrease in lengths of stay for people over 65yrs but in recent months we have seen an increase in super stranded patients these patients are only 50% likely to return to their home on discharge. The CCG investment will enable locality teams to be enhanced and recruitment has commenced. There is greater investment in North Dorset where we have a greater proportion of long stay patients, particularly in hospitals out of County alongside them have one of the lowest admission rates.",
            // [004:125]
            "LD & MH Pathways - A programme of work is underway to pull together views of service users and carers, as well as staff in adult mental health and learning disability services to inform future service design for integrated pathways. This builds on the comprehensive co-production already undertaken as part of the Mental Health Acute Care Pathway work last year. Deep dive sessions with staff and service users are planned for October and November to look at their experience of services and generate further ideas for improvement. Prior to these sessions an intelligence review will be available to use as a reference point for discussions it will include baseline data on relevant areas of health and social care performance. Included in this are references to best practice summarised by SCIE and the Kings Fund. This will help with the intended evidence based approach for planning change",
            // [004:127]
            "Maintaining Independence",
            // [004:129]
            "Over the last quarter the scope of the promoting independence project has been defined and governance arrangements agreed with a steering group set up which includes representation from Dorset County Council, the CCG and Public Health. The first design workshop has taken place to look at the current pathway, with design workshops planned over the next quarter to develop a new independent living pathway.",
            // [004:131]
            "The technology enabled care team has continued to support a culture shift towards technology use with an extensive education programme, as well as supported the piloting of new technologies. An example is exploratory conversations between Dorset County Council, Dorset CCG, Public Health and Bournemouth University to become a pilot site for the thermal imaging technology.",
            // [004:135]
            "Moving on from Hospital Living",
            // [004:137]
            "Whilst additional analysis is taking place in order for a refocus upon this area, the future strategic direction identifies that commissioning partners have agreed to review pooled budget arrangements for 2019/20 in the context of the Local Government Review. In addition, a new Bid Round is opening in November for 2019/20 projects which will likely be determined by the end of this financial year.",
            // [004:139]
            "Strong and Sustainable Care Markets",
            // [004:141]
            "Progress has been made in remobilising the Dorset Care Framework through joint market engagement. Plans are currently on target to reopen the framework in December 2018 to additional providers, with further opportunities including complex care and live-in care. The learning disability Dorset Care Framework is also on track for procurement commencing in October 2018. Furthermore, a Section 75 agreement for brokerage has been agreed and is awaiting sign off. Council and CCG colleagues continue to work together to develop a joint commissioning strategy which will include the sustainable care markets scheme and its fit in to overarching commissioning intentions moving forwards – a Memorandum of Understanding is currently in development with expected agreement in December 2018.");

    private DorsetReturn() {
    }

    /**
     * The Q2 2018/19 quarterly return ({@code [004]}).
     *
     * @return the return, built afresh on each call
     */
    public static QuarterlyReturn q2of2018to19() {
        return new QuarterlyReturn(
                // [004:3] "Better Care Fund Template Q2 2018/19"
                ReportingPeriod.of(Y2018_19, Quarter.Q2),
                cover(),
                // [004:54] "Have the funds been pooled via a s.75 pooled budget?  Yes"; no explanation, no date
                new BudgetArrangements(YesNo.YES, null, null, null),
                conditions(),
                null, // income and expenditure: 2016/17 only
                metrics(),
                null, // year-end feedback: 2016/17 Q4 only
                null, // additional measures: 2016/17 only
                DorsetHighImpactChanges.model(),
                new Narrative(PROGRESS, SUCCESS_STORY),
                additionalIbcf());
    }

    /** "1. Cover", {@code [004:15-33]}. */
    private static ReturnCover cover() {
        return new ReturnCover(
                HealthAndWellbeingBoard.named("Dorset"), // [004:17]
                "Ciara Ryan",                            // [004:21]
                "ciara.ryan@dorsetccg.nhs.uk",           // [004:25]
                "7824823004",                            // [004:29], as printed
                "Helen Coombes");                        // [004:33]
    }

    /** "Confirmation of Nation Conditions" [sic], {@code [004:45-50]}: all "Yes", no explanations. */
    private static List<ConditionResponse> conditions() {
        return List.of(
                ConditionResponse.of(NationalCondition.NC2017_1, ConditionAnswer.YES, null, null), // [004:47]
                ConditionResponse.of(NationalCondition.NC2017_2, ConditionAnswer.YES, null, null), // [004:48]
                ConditionResponse.of(NationalCondition.NC2017_3, ConditionAnswer.YES, null, null), // [004:49]
                ConditionResponse.of(NationalCondition.NC2017_4, ConditionAnswer.YES, null, null)); // [004:50]
    }

    /** The metrics table, {@code [004:56-60]}. */
    private static List<MetricProgress> metrics() {
        return List.of(
                // [004:57] "NEA"
                new MetricProgress(NON_ELECTIVE_ADMISSIONS,
                        "Reduction in non-elective admissions",
                        NOT_ON_TRACK_TO_MEET_TARGET,
                        null, // commentary: a 2016/17 field
                        // challenges
                        "There has been a significant increase in the conveyance rates across the Dorset System, this has been observed across all hospitals",
                        // achievements
                        "Although the Health and Wellbeing area is not on track to meet the target, the number of NEA remains similar to 2017/18.",
                        // support needs
                        "n/a",
                        null, // specified metric: a 2016/17 field
                        null),
                // [004:58] "Res Admissions"
                new MetricProgress(RESIDENTIAL_ADMISSIONS,
                        "Rate of permanent admissions to residential care per 100,000 population (65+)",
                        NOT_ON_TRACK_TO_MEET_TARGET,
                        null, // commentary: a 2016/17 field
                        // challenges
                        "There is some evidence of delays for care homes to provide a pre-admission assessment. This is being addressed by commissioning colleagues. The East of the county have particular shortfalls in care home provision, which can impact on the overall costs and delays.",
                        // achievements
                        "The current arrangements for localities to manage their block bed provision is being centralised in October to ensure that there is a consistent 'offer' to all Dorset residents and that delays are kept to a minimum.",
                        // support needs
                        "There continues to be a shortfall in the market place for high quality and cost effective Older Person's Mental Health care home provision.",
                        null, // specified metric: a 2016/17 field
                        null),
                // [004:59] "Reablement"
                new MetricProgress(REABLEMENT,
                        "Proportion of older people (65 and over) who were still at home 91 days after discharge from hospital into reablement / rehabilitation services",
                        ON_TRACK_TO_MEET_TARGET,
                        null, // commentary: a 2016/17 field
                        // challenges
                        "The challenge continues to be ensuring reablement services for Dorset are effective at supporting people to reable and reduce their long term support needs. A significant challenge is to ensure interim placements are kept to a minimum when domiciliary care/reablement is not available to ensure we do not create dependency, and that people are supported to return home.",
                        // achievements
                        "Home First is a new initiative for Dorset to ensure all residents have every opportunity to return home and long term decisions about their future are not made in hospital.",
                        // support needs
                        "A dedicated commissioning colleague has been identified to address and resolve issues with reablement, and to ensure the service maximises every opportunity for the person to get home as soon as possible.",
                        null, // specified metric: a 2016/17 field
                        null),
                // [004:60] "Delayed Transfers of Care"
                new MetricProgress(DELAYED_TRANSFERS_OF_CARE,
                        "Delayed Transfers of Care (delayed days)",
                        NOT_ON_TRACK_TO_MEET_TARGET,
                        null, // commentary: a 2016/17 field
                        // challenges
                        "From a local authority perspective, the challenge continues to maintain good levels of reductions on delays both in acute and community hospitals pan Dorset. The largest delay continues to be the market place for domiciliary care. The second largest delay is for younger and older adults with mental health issues.",
                        // achievements
                        "Since beginning of June, Adults and Community services have focused specifically on social care delays, with a local daily call to address specific difficulties. As such the average number of patients delayed per day has reduced significantly from 14 to 9 approximately every day. A dedicated Social Worker has been identified for Alderney Hospital to ensure progress for assessment and discharge planning.",
                        // support needs
                        "The daily calls and meetings need to continue to ensure there is a good 'flow' in the system. Commissioning colleagues are now focused on addressing any issues with reablement opportunities and efficiencies in the system.",
                        null, // specified metric: a 2016/17 field
                        null));
    }

    /** "6. Additional improved Better Care Fund", {@code [004:145-182]}. */
    private static AdditionalIbcf additionalIbcf() {
        return new AdditionalIbcf(
                Money.pounds(5_478_595L), // [004:151-153] "£ 5,478,595"
                List.of(
                        // [004:178] home care, £ per contact hour: "£ 20.00", 2018/19 blank, "2.5%"
                        new AverageFee(FeeServiceType.HOME_CARE,
                                Money.of(new BigDecimal("20.00")), null, new BigDecimal("2.5")),
                        // [004:180] care homes without nursing, 65+, £ per client per week: "£ 803", blank, "2.5%"
                        new AverageFee(FeeServiceType.RESIDENTIAL_65_PLUS,
                                Money.pounds(803L), null, new BigDecimal("2.5")),
                        // [004:181] care homes with nursing, 65+, £ per client per week: "£ 743", blank, "2.5%"
                        new AverageFee(FeeServiceType.NURSING_65_PLUS,
                                Money.pounds(743L), null, new BigDecimal("2.5"))),
                "n/a"); // [004:182], the answer to the 250-character commentary question
    }
}
