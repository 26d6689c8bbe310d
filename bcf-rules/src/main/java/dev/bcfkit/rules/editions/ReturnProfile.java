package dev.bcfkit.rules.editions;

import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.NationalCondition;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The facts of one quarterly-return edition, in one place: which sections and questions its
 * template asks in which quarter, its metric blocks, its national conditions, its narrative limit,
 * the checklist its cover sheet keeps and the quarters the papers show. Rules ask the profile of
 * the edition they judge rather than naming editions, so a new edition is a new constant here
 * (the compiler then points at nothing else to change but its rules and fixtures).
 */
public enum ReturnProfile {
    /**
     * The 2016/17 return, shown for all four quarters ({@code [002:854-2613]}): income and
     * expenditure and additional measures every quarter, year-end feedback in Q4 only
     * ({@code [002:2242]}), "No - In Progress" and the s.75 confirmation by quarter, six metric
     * blocks ({@code [002:1056-1082]}), a narrative limit inferred from Excel's largest cell
     * (32,767 characters, derived).
     */
    QUARTERLY_2016_17(Edition.QUARTERLY_2016_17, Checklist.COVER_SHEET_2016,
            List.of(MetricKind.NON_ELECTIVE_ADMISSIONS, MetricKind.DELAYED_TRANSFERS_OF_CARE, MetricKind.LOCAL,
                    MetricKind.PATIENT_EXPERIENCE, MetricKind.RESIDENTIAL_ADMISSIONS, MetricKind.REABLEMENT),
            32_767, EnumSet.allOf(Quarter.class), EnumSet.of(Quarter.Q4), EnumSet.of(Quarter.Q1, Quarter.Q2, Quarter.Q3),
            EnumSet.of(Quarter.Q2, Quarter.Q3, Quarter.Q4), false),
    /**
     * The 2017/18 return, shown for Q2 ({@code [000:180-254]}): four metric blocks
     * ({@code [000:207-213]}), the High Impact Change Model, a success story and no known
     * narrative limit (the paper shows no counter).
     */
    QUARTERLY_2017_18(Edition.QUARTERLY_2017_18, Checklist.DERIVED_2017_19,
            List.of(MetricKind.NON_ELECTIVE_ADMISSIONS, MetricKind.RESIDENTIAL_ADMISSIONS, MetricKind.REABLEMENT,
                    MetricKind.DELAYED_TRANSFERS_OF_CARE),
            0, EnumSet.of(Quarter.Q2), EnumSet.noneOf(Quarter.class), EnumSet.noneOf(Quarter.class),
            EnumSet.noneOf(Quarter.class), false),
    /**
     * The 2018/19 return, shown for Q2 ({@code [004]}): as 2017/18, with the additional improved
     * BCF tab ({@code [004:160-182]}) and a progress box inferred to hold 20,000 characters (derived).
     */
    QUARTERLY_2018_19(Edition.QUARTERLY_2018_19, Checklist.DERIVED_2017_19,
            List.of(MetricKind.NON_ELECTIVE_ADMISSIONS, MetricKind.RESIDENTIAL_ADMISSIONS, MetricKind.REABLEMENT,
                    MetricKind.DELAYED_TRANSFERS_OF_CARE),
            20_000, EnumSet.of(Quarter.Q2), EnumSet.noneOf(Quarter.class), EnumSet.noneOf(Quarter.class),
            EnumSet.noneOf(Quarter.class), true);

    /** The question-completion checklist an edition's cover sheet keeps. */
    public enum Checklist {
        /** The 2016/17 cover sheets' "No. of questions answered" counts ({@code [002:869-876]}). */
        COVER_SHEET_2016,
        /** The counts derived for the 2017/18 and 2018/19 templates, which print none. */
        DERIVED_2017_19
    }

    private final Edition edition;
    private final Checklist checklist;
    private final List<MetricKind> metrics;
    private final int narrativeLimit;
    private final Set<Quarter> shown;
    private final Set<Quarter> yearEndFeedback;
    private final Set<Quarter> inProgressOffered;
    private final Set<Quarter> poolingConfirmationAsked;
    private final boolean additionalIbcf;

    ReturnProfile(Edition edition, Checklist checklist, List<MetricKind> metrics, int narrativeLimit,
            Set<Quarter> shown, Set<Quarter> yearEndFeedback, Set<Quarter> inProgressOffered,
            Set<Quarter> poolingConfirmationAsked, boolean additionalIbcf) {
        this.edition = edition;
        this.checklist = checklist;
        this.metrics = metrics;
        this.narrativeLimit = narrativeLimit;
        this.shown = Set.copyOf(shown);
        this.yearEndFeedback = Set.copyOf(yearEndFeedback);
        this.inProgressOffered = Set.copyOf(inProgressOffered);
        this.poolingConfirmationAsked = Set.copyOf(poolingConfirmationAsked);
        this.additionalIbcf = additionalIbcf;
    }

    /**
     * @param edition a quarterly-return edition
     * @return its profile
     * @throws IllegalArgumentException if the edition is not a quarterly return
     */
    public static ReturnProfile of(Edition edition) {
        for (ReturnProfile p : values()) {
            if (p.edition == edition) {
                return p;
            }
        }
        throw new IllegalArgumentException("edition " + edition + " (" + (edition == null ? "none" : edition.label())
                + ") is not a quarterly return");
    }

    /** @return the edition */
    public Edition edition() {
        return edition;
    }

    /** @return the checklist its cover sheet keeps */
    public Checklist checklist() {
        return checklist;
    }

    /** @return its metric blocks, in template order */
    public List<MetricKind> metrics() {
        return metrics;
    }

    /** @return its national conditions, in template order */
    public List<NationalCondition> conditions() {
        return NationalCondition.forEdition(edition);
    }

    /** @return its narrative limit in characters, or 0 where none is known */
    public int narrativeLimit() {
        return narrativeLimit;
    }

    /**
     * @param quarter a quarter
     * @return whether the papers show the template of that quarter
     */
    public boolean shown(Quarter quarter) {
        return shown.contains(quarter);
    }

    /**
     * @param quarter a quarter
     * @return whether the return of that quarter has the year-end feedback tab
     */
    public boolean asksYearEndFeedback(Quarter quarter) {
        return yearEndFeedback.contains(quarter);
    }

    /**
     * @param quarter a quarter
     * @return whether the conditions' drop-down of that quarter offers "No - In Progress"
     */
    public boolean offersInProgress(Quarter quarter) {
        return inProgressOffered.contains(quarter);
    }

    /**
     * @param quarter a quarter
     * @return whether the template of that quarter asks "can you confirm that they have now?" of
     *     funds not pooled via s.75
     */
    public boolean asksPoolingConfirmation(Quarter quarter) {
        return poolingConfirmationAsked.contains(quarter);
    }

    /** @return whether the return has income and expenditure and additional measures (the 2016/17 tabs) */
    public boolean asksIncomeAndExpenditure() {
        return checklist == Checklist.COVER_SHEET_2016;
    }

    /**
     * @return whether the return follows the 2017-19 Policy Framework: four conditions, the High
     *     Impact Change Model, a success story and an explanation of funds not pooled
     */
    public boolean followsPolicy2017To19() {
        return edition.isPolicy2017To19();
    }

    /** @return whether the return has the additional improved BCF tab */
    public boolean asksAdditionalIbcf() {
        return additionalIbcf;
    }

    /**
     * @param edition an edition
     * @return whether it is a quarterly return, and so has a profile
     */
    public static boolean profiled(Edition edition) {
        return edition != null && edition.kind() == DocumentKind.QUARTERLY_RETURN;
    }
}
