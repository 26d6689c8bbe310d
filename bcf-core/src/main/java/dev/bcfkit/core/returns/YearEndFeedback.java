package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The 2016/17 Q4 "Year End Feedback" tab ({@code [002:2467-2514]}): seven statements with a
 * response and comment, and up to three greatest successes and three greatest challenges, each
 * categorised.
 *
 * @param statements the Part 1 statements with responses, in template order
 * @param successes up to three successes
 * @param challenges up to three challenges
 */
public record YearEndFeedback(
        @NotNull List<@Valid StatementResponse> statements,
        @NotNull List<@Valid CategorisedResponse> successes,
        @NotNull List<@Valid CategorisedResponse> challenges) {

    /**
     * @throws dev.bcfkit.core.BcfException if a list is null
     */
    public YearEndFeedback {
        statements = Components.list("statements", statements);
        successes = Components.list("successes", successes);
        challenges = Components.list("challenges", challenges);
    }

    /**
     * A statement and the board's response: "Please use the below form to indicate what extent
     * you agree with the following statements" ({@code [002:2473]}). The response scale is not in
     * the papers (only "Agree" appears), so the response is kept as text.
     *
     * @param statement the statement's exact wording
     * @param response the response, such as "Agree", or null
     * @param comment supporting information, or null
     */
    public record StatementResponse(
            @NotNull @Size(max = 10_000) String statement,
            @Size(max = 200) @Nullable String response,
            @Size(max = 100_000) @Nullable String comment) {
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

        /** Builds a {@link StatementResponse} by named setters, one per component. */
        public static final class Builder {
            private @Nullable String statement;
            private @Nullable String response;
            private @Nullable String comment;

            private Builder() {
            }

            private Builder(StatementResponse from) {
                this.statement = from.statement;
                this.response = from.response;
                this.comment = from.comment;
            }

            /**
             * @param statement the statement's exact wording
             * @return this builder
             */
            public Builder statement(String statement) {
                this.statement = statement;
                return this;
            }

            /**
             * @param response the response, such as "Agree", or null
             * @return this builder
             */
            public Builder response(@Nullable String response) {
                this.response = response;
                return this;
            }

            /**
             * @param comment supporting information, or null
             * @return this builder
             */
            public Builder comment(@Nullable String comment) {
                this.comment = comment;
                return this;
            }

            /**
             * A required component left unset reaches the constructor as null: the model represents
             * such a record and the validator reports the missing value, as for a document read from a file.
             *
             * @return the record, made by its canonical constructor
             * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
             */
            @SuppressWarnings("NullAway")
            public StatementResponse build() {
                return new StatementResponse(
                        statement,
                        response,
                        comment);
            }
        }
    }

    /**
     * A success or challenge with its category ({@code [002:2488-2498]}).
     *
     * @param response the free text, or null
     * @param category the category, or null if blank
     */
    public record CategorisedResponse(@Size(max = 100_000) @Nullable String response, @Nullable FeedbackCategory category) {
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

        /** Builds a {@link CategorisedResponse} by named setters, one per component. */
        public static final class Builder {
            private @Nullable String response;
            private @Nullable FeedbackCategory category;

            private Builder() {
            }

            private Builder(CategorisedResponse from) {
                this.response = from.response;
                this.category = from.category;
            }

            /**
             * @param response the free text, or null
             * @return this builder
             */
            public Builder response(@Nullable String response) {
                this.response = response;
                return this;
            }

            /**
             * @param category the category, or null if blank
             * @return this builder
             */
            public Builder category(@Nullable FeedbackCategory category) {
                this.category = category;
                return this;
            }

            /**
             * @return the record, made by its canonical constructor
             * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
             */
            public CategorisedResponse build() {
                return new CategorisedResponse(
                        response,
                        category);
            }
        }
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

    /** Builds a {@link YearEndFeedback} by named setters, one per component. */
    public static final class Builder {
        private List<StatementResponse> statements = List.of();
        private List<CategorisedResponse> successes = List.of();
        private List<CategorisedResponse> challenges = List.of();

        private Builder() {
        }

        private Builder(YearEndFeedback from) {
            this.statements = from.statements;
            this.successes = from.successes;
            this.challenges = from.challenges;
        }

        /**
         * @param statements the Part 1 statements with responses, in template order (copied; no entry may be null)
         * @return this builder
         */
        public Builder statements(StatementResponse... statements) {
            this.statements = Components.copy("statements", statements);
            return this;
        }

        /**
         * @param statements the Part 1 statements with responses, in template order (copied; no entry may be null)
         * @return this builder
         */
        public Builder statements(Iterable<? extends StatementResponse> statements) {
            this.statements = Components.copy("statements", statements);
            return this;
        }

        /**
         * @param successes up to three successes (copied; no entry may be null)
         * @return this builder
         */
        public Builder successes(CategorisedResponse... successes) {
            this.successes = Components.copy("successes", successes);
            return this;
        }

        /**
         * @param successes up to three successes (copied; no entry may be null)
         * @return this builder
         */
        public Builder successes(Iterable<? extends CategorisedResponse> successes) {
            this.successes = Components.copy("successes", successes);
            return this;
        }

        /**
         * @param challenges up to three challenges (copied; no entry may be null)
         * @return this builder
         */
        public Builder challenges(CategorisedResponse... challenges) {
            this.challenges = Components.copy("challenges", challenges);
            return this;
        }

        /**
         * @param challenges up to three challenges (copied; no entry may be null)
         * @return this builder
         */
        public Builder challenges(Iterable<? extends CategorisedResponse> challenges) {
            this.challenges = Components.copy("challenges", challenges);
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public YearEndFeedback build() {
            return new YearEndFeedback(
                    statements,
                    successes,
                    challenges);
        }
    }
}
