package dev.bcfkit.xlsx;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.CareSetting;
import java.util.List;

/**
 * The words of the 2016/17 quarterly return template, as the papers print them
 * ({@code [002:854-1171]} for Q1, {@code [002:1420-1800]} for Q2, {@code [002:2191-2613]} for
 * Q4); the reader finds rows and columns by them. Where the papers' renderer garbled a label
 * (cut words, OCR slips such as "taked Standard 9)"), the words of a clean rendering of the same
 * label in another quarter are used.
 */
final class Labels2016To17 {
    /** The tabs as the cover's question-completion table names them ({@code [002:870-876]}, {@code [002:2207-2214]}). */
    static final String COVER = "1. Cover";
    static final String BUDGET = "2. Budget Arrangements";
    static final String CONDITIONS = "3. National Conditions";
    static final String FINANCE = "4. I&E";
    static final String METRICS = "5. Supporting Metrics";
    static final String YEAR_END = "6. Year End Feedback";
    static final String MEASURES = "Additional Measures";
    static final String NARRATIVE = "Narrative";

    /** The heading each sheet shows under the quarter ({@code [002:854]}, {@code [002:878]} ...). */
    static final String COVER_HEADING = "Cover";
    static final String BUDGET_HEADING = "Budget Arrangements";
    static final String CONDITIONS_HEADING = "National Conditions";
    /** [002:1011]. */
    static final String FINANCE_HEADING = "Plan, forecast, and actual figures for total income into, and total expenditure"
            + " from, the fund for each quarter to year end (in both cases the yearend figures should equal the total"
            + " pooled fund)";
    /** [002:1050]. */
    static final String METRICS_HEADING = "National and locally defined metrics";
    /** [002:2467]. */
    static final String YEAR_END_HEADING = "Year End Feedback on the Better Care Fund in 2016-17";
    static final String MEASURES_HEADING = "Additional Measures";
    static final String NARRATIVE_HEADING = "Narrative";

    /**
     * [002:858-864]: the cover's labels, then where bcfkit keeps the ONS code and the submission
     * day (not template labels).
     */
    static final List<String> COVER_LABELS = List.of("Health and Well Being Board", "completed by:", "E-Mail:",
            "Contact Number:", "Who has signed off the report on behalf of the Health and Well Being Board:",
            Labels2017To19.ONS_CODE, Labels2017To19.SUBMITTED_ON);

    /** [002:880], on every sheet after the cover; pre-populated, not read. */
    static final String SELECTED_HWB = "Selected Health and Well Being Board:";

    /** [002:881-882], [002:1445-1449]. */
    static final String POOLED = "Have the funds been pooled via a s.75 pooled budget?";
    static final String CONFIRMED = "If it had not been previously stated that the funds had been pooled can you"
            + " confirm that they have now?";
    static final String POOLING_DATE = "If the answer to the above is 'No' please indicate when this will happen"
            + " (DD/MM/YYYY)";

    /** [002:895], [002:1469-1470]: Q1-Q3's header row. */
    static final String CONDITION = "Condition (please refer to the detailed definition below)";
    /** [002:2242]: Q4's first header. */
    static final String CONDITION_Q4 = "Condition";
    static final String SELECT = "Please Select ('Yes', 'No' or 'No - In Progress')";
    /** [002:2242]. */
    static final String SELECT_Q4 = "Please Select (Yes or No)";
    static final String EXPECTED_DATE = "If the answer is \"No\" or \"No - In Progress\" please enter estimated date when"
            + " condition will be met if not already in place (DD/MM/YYYY)";
    /** [002:1469-1470]; Q1's page renders no explanation column, though [002:893] asks for one. */
    static final String EXPLANATION = "If the answer is \"No\" or \"No - In Progress\" please provide an explanation as"
            + " to why the condition was not met within the quarter and how this is being addressed:";
    /** [002:2242-2243]. */
    static final String EXPLANATION_Q4 = "If the answer is 'No', please provide an explanation as to why the condition"
            + " was not met within the year (in-line with signed off plan) and how this is being addressed?";
    /** The two group rows between the condition rows ({@code [002:898]}, {@code [002:2255]}). */
    static final List<String> CONDITION_GROUPS = List.of("3) In respect of 7 Day Services - please confirm:",
            "4) In respect of Data Sharing - please confirm:");

    /** "Q1 Submission Response" ({@code [002:1469-1470]}, {@code [002:2242]}). */
    static String submission(Quarter q) {
        return q + " Submission Response";
    }

    /** [002:1017-1048], [002:1611-1653]. */
    static final String INCOME = "Income";
    static final String EXPENDITURE = "Expenditure";
    static final String PREVIOUSLY_RETURNED = "Previously returned data:";
    static final String ANNUAL_TOTAL = "Annual Total";
    static final String POOLED_FUND = "Pooled Fund";
    static final String PLAN = "Plan";
    static final String FORECAST = "Forecast";
    static final String ACTUAL = "Actual*";
    static final String COMMENT_PREFIX = "Please comment if";
    static final String FINANCIAL_COMMENTARY = "Commentary on progress against financial plan:";

    /** "Q1 2016/17 Amended Data:" ({@code [002:1031]}, {@code [002:1620]}). */
    static String amended(String period) {
        return period + " Amended Data:";
    }

    /** The row describing the grid ({@code [002:1024-1025]}, {@code [002:1035-1036]}). */
    static String flowDescription(boolean income) {
        return "Please provide, plan, forecast and actual of total " + (income ? "income into" : "expenditure from")
                + " the fund for each quarter to year end (the year figures should equal the total pooled fund)";
    }

    /** The difference comment's label: Q1 {@code [002:1027]}, Q2-Q3 {@code [002:1627-1630]}, Q4 {@code [002:2418]}. */
    static String differenceComment(Quarter q) {
        if (q == Quarter.Q4) {
            return "Please comment if there is a difference between the forecasted / actual annual totals and the pooled"
                    + " fund";
        }
        String totals = q == Quarter.Q1 ? "planned / forecasted annual totals" : "forecasted annual total";
        return "Please comment if one of the following applies: - There is a difference between the " + totals
                + " and the pooled fund - The " + q + " actual differs from the " + q + " plan and / or " + q
                + " forecast";
    }

    /** [002:1056-1082], [002:2456-2459]. */
    static final String PROGRESS = "Please provide an update on indicative progress against the metric?";
    static final String COMMENTARY = "Commentary on progress:";
    static final String SPECIFIED = "If no local defined patient experience metric has been specified, please give"
            + " details of the local defined patient experience metric now being used.";

    /** A metric block's first label ({@code [002:1056-1078]}); the reablement block's is not rendered ({@code [002:2456]}). */
    static String metricRow(MetricKind kind) {
        return switch (kind) {
            case LOCAL -> "Local performance metric as described in your approved BCF plan";
            case PATIENT_EXPERIENCE -> "Local defined patient experience metric as described in your approved BCF plan";
            default -> kind.label();
        };
    }

    /** [002:2473-2498]. */
    static final String STATEMENT = "Statement:";
    static final String RESPONSE = "Response:";
    static final String COMMENTS = "Comments: Please detail any further supporting information for each response";
    static final String SUCCESSES = "8. What have been your greatest successes in delivering your BCF plan for 2016-17?";
    static final String SUCCESS_RESPONSE = "Response - Please detail your greatest successes";
    static final String CHALLENGES = "9. What have been your greatest challenges in delivering your BCF plan for"
            + " 2016-17?";
    static final String CHALLENGE_RESPONSE = "Response - Please detail your greatest challenges";
    static final String CATEGORY = "Response category:";
    /** The template's rows for successes and challenges ({@code [002:2490-2498]}). */
    static final int FEEDBACK_ROWS = 3;

    /** [002:1092-1149]; Q4 says "Proposed Metric" ({@code [002:2522]}). */
    static final String NHS_NUMBER_TITLE = "1. Proposed Measure: Use of NHS number as primary identifier across care"
            + " settings";
    static final String CORRESPONDENCE = "NHS Number is used as the consistent identifier on all relevant correspondence"
            + " relating to the provision of health and care services to an individual";
    static final String RETRIEVAL = "Staff in this setting can retrieve relevant information about a service user's"
            + " care from their local system using the NHS Number";
    static final String OPEN_API_TITLE = "2. Proposed Measure: Availability of Open APIs across care settings";
    static final String SHARING = "Please indicate across which settings relevant service-user information is currently"
            + " being shared digitally (via Open APIs or interim solutions)";
    static final String API_PROGRESS = "In each of the following settings, please indicate progress towards instillation"
            + " of Open APIs to enable information to be shared with other organisations";
    static final String STATUS = "Progress status";
    static final String GO_LIVE = "Projected 'go-live' date (dd/mm/yy)";
    static final String PILOT_TITLE = "3. Proposed Measure: Is there a Digital Integrated Care Record pilot currently"
            + " underway?";
    static final String PILOT = "Is there a Digital Integrated Care Record pilot currently underway in your Health and"
            + " Wellbeing Board area?";
    static final String PHB_TITLE = "4. Proposed Measure: Number of Personal Health Budgets per 100,000 population";
    static final String PHB_TOTAL = "Total number of PHBs in place at the end of the quarter";
    static final String PHB_RATE = "Rate per 100,000 population";
    static final String PHB_NEW = "Number of new PHBs put in place during the quarter";
    static final String PHB_STOPPED = "Number of existing PHBs stopped during the quarter";
    static final String PHB_CHC = "Of all residents using PHBs at the end of the quarter, what proportion are in receipt"
            + " of NHS Continuing Healthcare (%)";
    /** "Population (Mid 2016)" ({@code [002:1140]}): the label carries the population's own label. */
    static final String POPULATION = "Population";
    static final String TEAMS_TITLE = "5. Proposed Measure: Use and prevalence of Multi-Disciplinary/Integrated Care"
            + " Teams";
    static final String NON_ACUTE = "Are integrated care teams (any team comprising both health and social care staff)"
            + " in place and operating in the non-acute setting?";
    static final String ACUTE = "Are integrated care teams (any team comprising both health and social care staff) in"
            + " place and operating in the acute setting?";

    /** "To GP" and "From GP" ({@code [002:1105-1117]}). */
    static String to(CareSetting s) {
        return "To " + s.label();
    }

    static String from(CareSetting s) {
        return "From " + s.label();
    }

    /** [002:1161-1163]: the label's first words, the same in every quarter. */
    static final String REMAINING = "Remaining Characters";
    static final String NARRATIVE_PROMPT_START = "Please provide a brief narrative on overall progress";

    /** The narrative prompt of a quarter: Q1 {@code [002:1163]}, Q2-Q3 {@code [002:1774]}, Q4 {@code [002:2593]}. */
    static String narrativePrompt(Quarter q) {
        String year = q == Quarter.Q4 ? " and the year as a whole" : "";
        return NARRATIVE_PROMPT_START + ", reflecting on performance in " + q + " 16/17" + year
                + ". Please also make reference to performance across any other relevant areas that are not directly"
                + " reported on within this template.";
    }

    private Labels2016To17() {
    }
}
