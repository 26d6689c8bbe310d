package dev.bcfkit.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Map;

/**
 * The one place that states how large and how deep a bcfkit document may be: every document is
 * treated as hostile, so the reader bounds its size, nesting depth, number and text lengths and
 * the entries of each list and map (docs/SECURITY.md). Each number is chosen for this domain, with
 * room to spare, and is far below Jackson's defaults:
 * <ul>
 * <li>{@link #MAX_DOCUMENT_BYTES} 8 MiB: the largest real return (Southend 2016/17 Q4, with all
 *     its narratives) is about 60 KB as JSON.</li>
 * <li>{@link #MAX_NESTING_DEPTH} 32: the deepest path of the model is seven levels
 *     ({@code /additionalMeasures/dataSharing/GP/Hospital}).</li>
 * <li>{@link #MAX_NUMBER_LENGTH} 40 characters: an amount has at most 15 integer digits and
 *     2 decimals ({@code dev.bcfkit.core.Money}); 40 leaves room for a sign and an exponent but
 *     refuses a 400-digit integer before it is ever converted.</li>
 * <li>{@link #MAX_STRING_LENGTH} 1,000,000 characters: the longest text the model allows
 *     ({@code @Size(max = 1_000_000)} on narratives and the plan's vision).</li>
 * <li>{@link #MAX_NAME_LENGTH} 1,000 characters: property names are the model's component names
 *     or map keys (financial years, care settings, district council names of at most 200).</li>
 * <li>{@link #MAX_DECIMAL_SCALE} 10 decimal places for plain numbers (percentages, rates, £bn),
 *     so that {@code 1e-100000000} is refused instead of being computed with.</li>
 * <li>{@link #maxEntries(Class, String) entries of each list and map}: a template has a fixed,
 *     small number of rows for each list (see {@link #ENTRIES}), so a few hundred thousand
 *     district councils or metric rows in an 8 MiB file are refused at the collection, before the
 *     model, the rules or any hash table sees them. Each bound is the largest real count in the
 *     papers and samples with room to spare (derived: the papers print no maximum).</li>
 * </ul>
 */
final class Limits {
    /** The largest document read, in bytes (8 MiB). */
    static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
    /** The deepest nesting of objects and arrays. */
    static final int MAX_NESTING_DEPTH = 32;
    /** The longest number, in characters. */
    static final int MAX_NUMBER_LENGTH = 40;
    /** The longest string value, in characters. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest property name, in characters. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** The most decimal places of a plain number that is not money. */
    static final int MAX_DECIMAL_SCALE = 10;
    /**
     * The most entries of a list or map that {@link #ENTRIES} does not name (such as a row of the
     * additional measures' data-sharing table, keyed by one of six care settings): no template
     * list has more than a few dozen rows.
     */
    static final int DEFAULT_MAX_ENTRIES = 100;
    /** The most financial years of a map keyed by year: a plan or pooled budget covers one to three years. */
    private static final int YEARS = 20;

    /**
     * The most entries of each list and map of the model, by {@code Record.component}. Each is
     * derived (the papers give no maximum): the largest count in the papers, with room to spare.
     */
    static final Map<String, Integer> ENTRIES = Map.ofEntries(
            // A two-tier county passes its Disabled Facilities Grant to its districts ([002:467]);
            // Nottinghamshire's plan has a member "from each District Council" ([003:570]), seven,
            // and no English county has more than a dozen.
            Map.entry("DisabledFacilitiesGrant.passedToDistricts", 50),
            // One grant a year of the 2017-19 pooled budget ([002:672]).
            Map.entry("PooledBudget.disabledFacilitiesGrants", 10),
            // The council's and each CCG's contribution: Nottinghamshire has six CCGs ([000:250]).
            Map.entry("PooledBudget.contributions", 50),
            Map.entry("PlanDetails.ccgs", 50),
            // Mid-Nottinghamshire's Table 1 has four rows, "the four priority targets" ([001:29]).
            Map.entry("LocalOutcomeTable.outcomes", 50),
            // Three units of planning in Nottinghamshire ([000:250]).
            Map.entry("SocialCareProtection.allocations", 50),
            // The 2014 plan's lists: 8 sign-offs, 6 related documents, 7 schemes with up to 10
            // success factors, and a risk log of 22 rows in Nottinghamshire's plan (examples/data).
            Map.entry("Plan.signOffs", 100),
            Map.entry("Plan.relatedDocuments", 100),
            Map.entry("Plan.schemes", 200),
            Map.entry("Plan.risks", 200),
            Map.entry("Scheme.successFactors", 100),
            // A return's rows: 12 national-condition rows in 2016/17, at most six metrics, the eight
            // High Impact Changes ("Chg 1" to "Chg 8", [000:222-233]) and a few fee and feedback rows.
            Map.entry("QuarterlyReturn.nationalConditions", 50),
            Map.entry("QuarterlyReturn.metrics", 50),
            Map.entry("HighImpactChangeModel.changes", 50),
            Map.entry("YearEndFeedback.statements", 50),
            Map.entry("YearEndFeedback.successes", 50),
            Map.entry("YearEndFeedback.challenges", 50),
            Map.entry("AdditionalIbcf.fees", 50),
            // Nottinghamshire's iBCF proposals are a dozen or so uses under six headings ([000:57-101]).
            Map.entry("ImprovedBcfProgress.uses", 200),
            // Maturity by reporting period: five quarters are shown at most ([000:222]).
            Map.entry("ChangeAssessment.maturity", 50),
            Map.entry("RedBag.maturity", 50),
            Map.entry("ImprovedBcf.allocations", YEARS),
            Map.entry("ImprovedBcf.pooled", YEARS),
            Map.entry("SocialCareContribution.planned", YEARS),
            Map.entry("SocialCareContribution.fundedFromIbcf", YEARS),
            Map.entry("PlanDetails.minimumPooledBudget", YEARS),
            Map.entry("PlanDetails.agreedPooledBudget", YEARS),
            Map.entry("SocialCareProtection.total", YEARS),
            Map.entry("PlanningUnitAllocation.amounts", YEARS),
            // The 2017-19 plan ([002:395-517]): as the pooled budget, with the CCGs and sign-offs of
            // a plan, a row a year for the earmarked NHS money and the out-of-hospital share, and the
            // improved BCF's planned uses (Southend lists nine steps, [002:132-140]).
            Map.entry("PolicyFrameworkPlan.ccgs", 50),
            Map.entry("PolicyFrameworkPlan.signOffs", 100),
            Map.entry("PolicyFrameworkPlan.minimumPooledFund", YEARS),
            Map.entry("PolicyFrameworkPlan.ccgMinimumContribution", YEARS),
            Map.entry("PolicyFrameworkPlan.contributions", 50),
            Map.entry("PolicyFrameworkPlan.nhsContributionUses", 10),
            Map.entry("PolicyFrameworkPlan.outOfHospital", 10),
            Map.entry("PolicyFrameworkPlan.disabledFacilitiesGrants", 10),
            Map.entry("ImprovedBcfConditions.uses", 200));

    private Limits() {
    }

    /**
     * @param record a record of the model
     * @param component the name of one of its list or map components
     * @return the most entries the reader accepts in it
     */
    static int maxEntries(Class<?> record, String component) {
        return ENTRIES.getOrDefault(record.getSimpleName() + "." + component, DEFAULT_MAX_ENTRIES);
    }

    /** @return the limits as Jackson's stream constraints */
    static StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build();
    }
}
