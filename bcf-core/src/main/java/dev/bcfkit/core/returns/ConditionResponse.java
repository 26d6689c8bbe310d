package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.Quarter;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/**
 * One row of the national conditions tab: the answer, the estimated date the condition will be
 * met and the explanation ({@code [002:895]}: "If the answer is "No" or "No - In Progress"
 * please enter estimated date when condition will be met ... (DD/MM/YYYY)"), and, from 2016/17
 * Q2, the pre-populated responses of earlier quarters ({@code [002:1465-1470]}, {@code [002:2373]}).
 *
 * @param condition which condition row
 * @param answer the answer, or null if left blank
 * @param expectedDate the estimated date the condition will be met, or null
 * @param explanation why it was not met and how this is being addressed, or null
 * @param previousResponses earlier quarters' submitted answers, by quarter (empty in Q1)
 */
public record ConditionResponse(
        @NotNull NationalCondition condition,
        @Nullable ConditionAnswer answer,
        @Nullable LocalDate expectedDate,
        @Size(max = 100_000) @Nullable String explanation,
        @NotNull SortedMap<Quarter, ConditionAnswer> previousResponses) {

    /**
     * @throws dev.bcfkit.core.BcfException if the previous responses are null
     */
    public ConditionResponse {
        previousResponses = Components.sortedMap("previousResponses", previousResponses);
    }

    /**
     * A row with no earlier-quarter responses.
     *
     * @param condition which condition
     * @param answer the answer or null
     * @param expectedDate the expected date or null
     * @param explanation the explanation or null
     * @return the row
     */
    public static ConditionResponse of(NationalCondition condition, @Nullable ConditionAnswer answer,
            @Nullable LocalDate expectedDate, @Nullable String explanation) {
        return new ConditionResponse(condition, answer, expectedDate, explanation, new java.util.TreeMap<>());
    }

    /**
     * @param previous earlier quarters' answers
     * @return this row with those earlier answers
     */
    public ConditionResponse withPreviousResponses(Map<Quarter, ConditionAnswer> previous) {
        return new ConditionResponse(condition, answer, expectedDate, explanation, new java.util.TreeMap<>(previous));
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

    /** Builds a {@link ConditionResponse} by named setters, one per component. */
    public static final class Builder {
        private @Nullable NationalCondition condition;
        private @Nullable ConditionAnswer answer;
        private @Nullable LocalDate expectedDate;
        private @Nullable String explanation;
        private Map<Quarter, ConditionAnswer> previousResponses = Map.of();

        private Builder() {
        }

        private Builder(ConditionResponse from) {
            this.condition = from.condition;
            this.answer = from.answer;
            this.expectedDate = from.expectedDate;
            this.explanation = from.explanation;
            this.previousResponses = from.previousResponses;
        }

        /**
         * @param condition which condition row
         * @return this builder
         */
        public Builder condition(NationalCondition condition) {
            this.condition = condition;
            return this;
        }

        /**
         * @param answer the answer, or null if left blank
         * @return this builder
         */
        public Builder answer(@Nullable ConditionAnswer answer) {
            this.answer = answer;
            return this;
        }

        /**
         * @param expectedDate the estimated date the condition will be met, or null
         * @return this builder
         */
        public Builder expectedDate(@Nullable LocalDate expectedDate) {
            this.expectedDate = expectedDate;
            return this;
        }

        /**
         * @param explanation why it was not met and how this is being addressed, or null
         * @return this builder
         */
        public Builder explanation(@Nullable String explanation) {
            this.explanation = explanation;
            return this;
        }

        /**
         * @param previousResponses earlier quarters' submitted answers, by quarter (empty in Q1) (copied; no key or value may be null)
         * @return this builder
         */
        public Builder previousResponses(Map<Quarter, ConditionAnswer> previousResponses) {
            this.previousResponses = Components.map("previousResponses", previousResponses);
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
        public ConditionResponse build() {
            return new ConditionResponse(
                    condition,
                    answer,
                    expectedDate,
                    explanation,
                    Components.sortedMap("previousResponses", previousResponses));
        }
    }
}
