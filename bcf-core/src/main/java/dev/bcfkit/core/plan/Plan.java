package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
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
        @Valid @Nullable PlanDetails details,
        @NotNull List<@Valid SignOff> signOffs,
        @Size(max = 1_000_000) @Nullable String providerEngagement,
        @Size(max = 1_000_000) @Nullable String publicEngagement,
        @NotNull List<@Valid RelatedDocument> relatedDocuments,
        @Size(max = 1_000_000) @Nullable String vision,
        @NotNull List<@Valid Scheme> schemes,
        @Valid @Nullable SocialCareProtection socialCareProtection,
        @Valid @Nullable PlanConditions conditions,
        @NotNull List<@Valid Risk> risks,
        @Size(max = 1_000_000) @Nullable String aimsAndObjectives,
        @Size(max = 1_000_000) @Nullable String acuteSectorImpact,
        @Size(max = 1_000_000) @Nullable String governance,
        @Nullable YesNo part2Completed) implements BcfDocument {

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

    /**
     * A builder with every component blank (collections empty); {@link Builder#build()} runs this
     * record's constructor, so it makes the same checks.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this record's components, to change some and build a copy
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Plan} by named setters, one per component. */
    public static final class Builder {
        private @Nullable PlanDetails details;
        private List<SignOff> signOffs = List.of();
        private @Nullable String providerEngagement;
        private @Nullable String publicEngagement;
        private List<RelatedDocument> relatedDocuments = List.of();
        private @Nullable String vision;
        private List<Scheme> schemes = List.of();
        private @Nullable SocialCareProtection socialCareProtection;
        private @Nullable PlanConditions conditions;
        private List<Risk> risks = List.of();
        private @Nullable String aimsAndObjectives;
        private @Nullable String acuteSectorImpact;
        private @Nullable String governance;
        private @Nullable YesNo part2Completed;

        private Builder() {
        }

        private Builder(Plan from) {
            this.details = from.details;
            this.signOffs = from.signOffs;
            this.providerEngagement = from.providerEngagement;
            this.publicEngagement = from.publicEngagement;
            this.relatedDocuments = from.relatedDocuments;
            this.vision = from.vision;
            this.schemes = from.schemes;
            this.socialCareProtection = from.socialCareProtection;
            this.conditions = from.conditions;
            this.risks = from.risks;
            this.aimsAndObjectives = from.aimsAndObjectives;
            this.acuteSectorImpact = from.acuteSectorImpact;
            this.governance = from.governance;
            this.part2Completed = from.part2Completed;
        }

        /**
         * @param details section 1 a, summary of plan
         * @return this builder
         */
        public Builder details(@Nullable PlanDetails details) {
            this.details = details;
            return this;
        }

        /**
         * @param signOffs section 1 b, authorisation and sign-off (copied; no entry may be null)
         * @return this builder
         */
        public Builder signOffs(SignOff... signOffs) {
            this.signOffs = Components.copy("signOffs", signOffs);
            return this;
        }

        /**
         * @param signOffs section 1 b, authorisation and sign-off (copied; no entry may be null)
         * @return this builder
         */
        public Builder signOffs(Iterable<? extends SignOff> signOffs) {
            this.signOffs = Components.copy("signOffs", signOffs);
            return this;
        }

        /**
         * @param providerEngagement section 1 c, service provider engagement, or null
         * @return this builder
         */
        public Builder providerEngagement(@Nullable String providerEngagement) {
            this.providerEngagement = providerEngagement;
            return this;
        }

        /**
         * @param publicEngagement section 1 d, patient, service user and public engagement, or null
         * @return this builder
         */
        public Builder publicEngagement(@Nullable String publicEngagement) {
            this.publicEngagement = publicEngagement;
            return this;
        }

        /**
         * @param relatedDocuments section 1 e (copied; no entry may be null)
         * @return this builder
         */
        public Builder relatedDocuments(RelatedDocument... relatedDocuments) {
            this.relatedDocuments = Components.copy("relatedDocuments", relatedDocuments);
            return this;
        }

        /**
         * @param relatedDocuments section 1 e (copied; no entry may be null)
         * @return this builder
         */
        public Builder relatedDocuments(Iterable<? extends RelatedDocument> relatedDocuments) {
            this.relatedDocuments = Components.copy("relatedDocuments", relatedDocuments);
            return this;
        }

        /**
         * @param vision section 2 a, the vision for 2018/19, or null
         * @return this builder
         */
        public Builder vision(@Nullable String vision) {
            this.vision = vision;
            return this;
        }

        /**
         * @param schemes section 2, the schemes or themes of schemes (copied; no entry may be null)
         * @return this builder
         */
        public Builder schemes(Scheme... schemes) {
            this.schemes = Components.copy("schemes", schemes);
            return this;
        }

        /**
         * @param schemes section 2, the schemes or themes of schemes (copied; no entry may be null)
         * @return this builder
         */
        public Builder schemes(Iterable<? extends Scheme> schemes) {
            this.schemes = Components.copy("schemes", schemes);
            return this;
        }

        /**
         * @param socialCareProtection national condition a), or null
         * @return this builder
         */
        public Builder socialCareProtection(@Nullable SocialCareProtection socialCareProtection) {
            this.socialCareProtection = socialCareProtection;
            return this;
        }

        /**
         * @param conditions national conditions b) to d), or null
         * @return this builder
         */
        public Builder conditions(@Nullable PlanConditions conditions) {
            this.conditions = conditions;
            return this;
        }

        /**
         * @param risks section 4, the risk register (copied; no entry may be null)
         * @return this builder
         */
        public Builder risks(Risk... risks) {
            this.risks = Components.copy("risks", risks);
            return this;
        }

        /**
         * @param risks section 4, the risk register (copied; no entry may be null)
         * @return this builder
         */
        public Builder risks(Iterable<? extends Risk> risks) {
            this.risks = Components.copy("risks", risks);
            return this;
        }

        /**
         * @param aimsAndObjectives section 2 b, "Please describe your overall aims and objectives for integrated care" ({@code [003:172]}), or null
         * @return this builder
         */
        public Builder aimsAndObjectives(@Nullable String aimsAndObjectives) {
            this.aimsAndObjectives = aimsAndObjectives;
            return this;
        }

        /**
         * @param acuteSectorImpact section 2, "2. Implications for the acute sector": "You must clearly quantify the impact on NHS service delivery targets" ({@code [003:351-353]}), or null
         * @return this builder
         */
        public Builder acuteSectorImpact(@Nullable String acuteSectorImpact) {
            this.acuteSectorImpact = acuteSectorImpact;
            return this;
        }

        /**
         * @param governance section 2, "3. Governance": "the arrangements ... in place for oversight and governance for progress and outcomes" ({@code [003:565-567]}), or null
         * @return this builder
         */
        public Builder governance(@Nullable String governance) {
            this.governance = governance;
            return this;
        }

        /**
         * @param part2Completed whether Part 2, "in Excel and contains metrics and finance" ({@code [003:5]}), was completed, or null where the plan does not say
         * @return this builder
         */
        public Builder part2Completed(@Nullable YesNo part2Completed) {
            this.part2Completed = part2Completed;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public Plan build() {
            return new Plan(
                    details,
                    signOffs,
                    providerEngagement,
                    publicEngagement,
                    relatedDocuments,
                    vision,
                    schemes,
                    socialCareProtection,
                    conditions,
                    risks,
                    aimsAndObjectives,
                    acuteSectorImpact,
                    governance,
                    part2Completed);
        }
    }
}
