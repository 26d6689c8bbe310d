package dev.bcfkit.core.plan;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.Edition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A BCF plan, 2014 planning template Part 1 ({@code [003]}): plan details, sign-offs, provider and
 * public engagement, related documents, vision, schemes, protecting social care, the national
 * conditions b) to d), and risks.
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
        @NotNull List<@Valid Risk> risks) implements BcfDocument {

    /**
     * @throws dev.bcfkit.core.BcfException if a list is null
     */
    public Plan {
        signOffs = Components.list("signOffs", signOffs);
        relatedDocuments = Components.list("relatedDocuments", relatedDocuments);
        schemes = Components.list("schemes", schemes);
        risks = Components.list("risks", risks);
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
