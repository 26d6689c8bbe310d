package dev.bcfkit.xlsx;

import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.FeeServiceType;
import java.util.List;

/**
 * The words of the 2017/18 and 2018/19 return templates, as the papers print them
 * ({@code [000:180-254]}, {@code [004]}); the reader finds rows and columns by them.
 */
final class Labels2017To19 {
    static final String COVER = "1. Cover";
    static final String CONDITIONS = "2. National Conditions & s75 Pooled Budget";
    static final String METRICS = "3. Metrics";
    static final String HICM = "4. High Impact Change Model";
    static final String NARRATIVE = "5. Narrative";
    static final String IBCF = "6. Additional improved Better Care Fund";

    /** [000:188-192], [004:20-28]. */
    static final String HWB = "Health and Wellbeing Board:";
    static final String COMPLETED_BY = "Completed by:";
    static final String EMAIL = "E-mail:";
    static final String CONTACT = "Contact number:";
    static final String SIGNED_OFF = "Who signed off the report on behalf of the Health and Wellbeing Board:";
    /** Not a template label: where bcfkit keeps the board's ONS code, which the template does not ask. */
    static final String ONS_CODE = "ONS code (bcfkit):";
    /**
     * Not a template label: where bcfkit keeps the day the return was submitted (Nottinghamshire's
     * was "submitted to NHS England on 17 November", {@code [000:37]}), which the cover does not ask.
     */
    static final String SUBMITTED_ON = "Submitted on (bcfkit):";

    /** [004:44-45]. */
    static final String SELECTED_HWB = "Selected Health and Wellbeing Board:";
    static final String CONDITIONS_TITLE = "Confirmation of National Conditions";
    static final String CONDITION = "National Condition";
    static final String CONFIRMATION = "Confirmation";
    static final String EXPLANATION = "If the answer is \"No\" please provide an explanation as to why the condition was"
            + " not met within the quarter and how this is being addressed:";
    /** [004:52-54]. */
    static final String S75_TITLE = "Confirmation of s75 Pooled Budget";
    static final String STATEMENT = "Statement";
    static final String RESPONSE = "Response";
    static final String POOLING_DATE = "If the answer to the above is 'No' please indicate when this will happen (DD/MM/YYYY)";
    static final String POOLED = "Have the funds been pooled via a s.75 pooled budget?";

    /** [000:205], [004:56]. */
    static final String METRIC = "Metric";
    static final String DEFINITION = "Definition";
    static final String ASSESSMENT = "Assessment of progress against the planned target for the quarter";
    static final String CHALLENGES = "Challenges";
    static final String ACHIEVEMENTS = "Achievements";
    static final String SUPPORT_NEEDS = "Support Needs";

    /** [000:206-210], [004:57-60]: the metric rows' names. */
    static String metricRow(MetricKind kind) {
        return switch (kind) {
            case NON_ELECTIVE_ADMISSIONS -> "NEA";
            case RESIDENTIAL_ADMISSIONS -> "Res Admissions";
            case REABLEMENT -> "Reablement";
            case DELAYED_TRANSFERS_OF_CARE -> "Delayed Transfers of Care";
            default -> kind.label();
        };
    }

    /** [000:216-217], [004:76-77]. */
    static final String MATURITY = "Maturity Assessment";
    static final String RATIONALE = "If 'Mature' or 'Exemplary', please provide further rationale to support this"
            + " assessment";
    static final String MILESTONES = "Milestones met during the quarter / Observed impact";
    static final String SUPPORT = "Support needs";
    /** [000:228-230], [004:89-92]. */
    static final String RED_BAG_TITLE = "Hospital Transfer Protocol (or the Red Bag scheme)";
    static final String MITIGATIONS = "If there are no plans to implement such a scheme, please provide a narrative on"
            + " alternative mitigations in place to support improved communications in hospital";
    /** [000:239], [004:94]: the Red Bag table's achievements column. */
    static final String ACHIEVEMENTS_IMPACT = "Achievements / Impact";
    static final String RED_BAG_KEY = "UEC";
    static final String RED_BAG = "Red Bag scheme";

    /** [000:233-236], [004:110-131]. */
    static final String PROGRESS = "Progress against local plan for integration of health and social care";
    static final String SUCCESS = "Integration success story highlight over the past quarter";

    /** [004:143-182]. */
    static final String ALLOCATION = "Additional improved Better Care Fund Allocation for 2018/19:";
    static final String UPLIFT = "If rates not yet known, please provide the estimated uplift as a percentage change"
            + " between 2017/18 and 2018/19";
    static final String FEE_COMMENTARY = "4. If you would like to provide any additional commentary on the fee"
            + " information provided please do so. Please do not use more than 250 characters.";

    static String feeRow(FeeServiceType type) {
        return switch (type) {
            case HOME_CARE -> "1. Please provide the average amount that you paid to external providers for home care"
                    + " in 2017/18, and on the same basis, the average amount that you expect to pay in 2018/19. (£ per"
                    + " contact hour, following the exclusions as in the instructions above)";
            case RESIDENTIAL_65_PLUS -> "2. Please provide the average amount that you paid for external provider care"
                    + " homes without nursing for clients aged 65+ in 2017/18, and on the same basis, the average"
                    + " amount that you expect to pay in 2018/19. (£ per client per week, following the exclusions as"
                    + " in the instructions above)";
            case NURSING_65_PLUS -> "3. Please provide the average amount that you paid for external provider care"
                    + " homes with nursing for clients aged 65+ in 2017/18, and on the same basis, the average amount"
                    + " that you expect to pay in 2018/19. (£ per client per week, following the exclusions in the"
                    + " instructions above)";
        };
    }

    static final List<String> COVER_LABELS = List.of(HWB, COMPLETED_BY, EMAIL, CONTACT, SIGNED_OFF, ONS_CODE,
            SUBMITTED_ON);

    private Labels2017To19() {
    }
}
