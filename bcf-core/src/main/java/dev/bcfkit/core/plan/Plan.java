package dev.bcfkit.core.plan;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.YesNo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A BCF plan, 2014 planning template Part 1 ({@code [003]}): plan details, sign-offs, provider and
 * public engagement, related documents, vision, aims and objectives, schemes, the implications for
 * the acute sector, governance, protecting social care, the national conditions b) to d), risks,
 * and whether Part 2 (the Excel workbook of metrics and finance) was completed: "Both parts must
 * be completed as part of your Better Care Fund Submission" ({@code [003:5]}).
 *
 * @param details section 1 a, summary of plan
 * @param signOffs section 1 b, authorisation and sign-off
 * @param providerEngagement section 1 c, service provider engagement, or null
 * @param publicEngagement section 1 d, patient, service user and public engagement, or null
 * @param relatedDocuments section 1 e
 * @param vision section 2 a, the vision for 2018/19, or null
 * @param schemes section 2, the schemes or themes of schemes
 * @param socialCareProtection national condition a), or null
 * @param conditions national conditions b) to d), or null
 * @param risks section 4, the risk register
 * @param aimsAndObjectives section 2 b, "Please describe your overall aims and objectives for integrated
 *     care" ({@code [003:172]}), or null
 * @param acuteSectorImpact section 2, "2. Implications for the acute sector": "You must clearly quantify
 *     the impact on NHS service delivery targets" ({@code [003:351-353]}), or null
 * @param governance section 2, "3. Governance": "the arrangements ... in place for oversight and
 *     governance for progress and outcomes" ({@code [003:565-567]}), or null
 * @param part2Completed whether Part 2, "in Excel and contains metrics and finance" ({@code [003:5]}), was
 *     completed, or null where the plan does not say
 */
public record Plan(
        @Valid PlanDetails details,
        @NotNull List<@Valid SignOff> signOffs,
        @Size(max = 1_000_000) String providerEngagement,
        @Size(max = 1_000_000) String publicEngagement,
        @NotNull List<@Valid RelatedDocument> relatedDocuments,
        @Size(max = 1_000_000) String vision,
        @NotNull List<@Valid Scheme> schemes,
        @Valid SocialCareProtection socialCareProtection,
        @Valid PlanConditions conditions,
        @NotNull List<@Valid Risk> risks,
        @Size(max = 1_000_000) String aimsAndObjectives,
        @Size(max = 1_000_000) String acuteSectorImpact,
        @Size(max = 1_000_000) String governance,
        YesNo part2Completed) implements BcfDocument {

    /**
     * @throws dev.bcfkit.core.BcfException if a list is null
     */
    public Plan {
        signOffs = Components.list("signOffs", signOffs);
        relatedDocuments = Components.list("relatedDocuments", relatedDocuments);
        schemes = Components.list("schemes", schemes);
        risks = Components.list("risks", risks);
    }

    /**
     * A plan without the sections added later to the model (aims and objectives, the acute
     * sector, governance, Part 2), which are blank.
     *
     * @param details section 1 a
     * @param signOffs section 1 b
     * @param providerEngagement section 1 c, or null
     * @param publicEngagement section 1 d, or null
     * @param relatedDocuments section 1 e
     * @param vision section 2 a, or null
     * @param schemes section 2
     * @param socialCareProtection national condition a), or null
     * @param conditions national conditions b) to d), or null
     * @param risks section 4
     * @throws dev.bcfkit.core.BcfException if a list is null
     */
    public Plan(PlanDetails details, List<SignOff> signOffs, String providerEngagement, String publicEngagement,
            List<RelatedDocument> relatedDocuments, String vision, List<Scheme> schemes,
            SocialCareProtection socialCareProtection, PlanConditions conditions, List<Risk> risks) {
        this(details, signOffs, providerEngagement, publicEngagement, relatedDocuments, vision, schemes,
                socialCareProtection, conditions, risks, null, null, null, null);
    }

    /** @return the template edition, always {@link Edition#PLAN_2014} */
    @Override
    public Edition edition() {
        return Edition.PLAN_2014;
    }

    /** @return {@link DocumentKind#PLAN} */
    @Override
    public DocumentKind kind() {
        return DocumentKind.PLAN;
    }
}
