package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.constraints.Size;

/**
 * The narrative tab. 2016/17: one cell, "Please provide a brief narrative on overall progress"
 * with a "Remaining Characters" counter ({@code [002:1161-1163]}). 2017-19: "Progress against
 * local plan for integration of health and social care" and "Integration success story highlight
 * over the past quarter" ({@code [000:246-252]}, {@code [004:111-133]}).
 *
 * @param progress the narrative on progress, or null
 * @param successStory the integration success story (2017-19), or null
 */
public record Narrative(@Size(max = 1_000_000) @Nullable String progress, @Size(max = 1_000_000) @Nullable String successStory) {
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

    /** Builds a {@link Narrative} by named setters, one per component. */
    public static final class Builder {
        private @Nullable String progress;
        private @Nullable String successStory;

        private Builder() {
        }

        private Builder(Narrative from) {
            this.progress = from.progress;
            this.successStory = from.successStory;
        }

        /**
         * @param progress the narrative on progress, or null
         * @return this builder
         */
        public Builder progress(@Nullable String progress) {
            this.progress = progress;
            return this;
        }

        /**
         * @param successStory the integration success story (2017-19), or null
         * @return this builder
         */
        public Builder successStory(@Nullable String successStory) {
            this.successStory = successStory;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public Narrative build() {
            return new Narrative(
                    progress,
                    successStory);
        }
    }
}
