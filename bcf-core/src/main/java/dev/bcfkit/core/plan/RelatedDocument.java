package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.constraints.Size;

/**
 * A row of section 1 e "Related documentation" ({@code [003:121-131]}).
 *
 * @param number the document number such as "01", or null
 * @param title "Document or information title", or null
 * @param synopsis "Synopsis and links", or null
 */
public record RelatedDocument(
        @Size(max = 20) @Nullable String number,
        @Size(max = 10_000) @Nullable String title,
        @Size(max = 100_000) @Nullable String synopsis) {
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

    /** Builds a {@link RelatedDocument} by named setters, one per component. */
    public static final class Builder {
        private @Nullable String number;
        private @Nullable String title;
        private @Nullable String synopsis;

        private Builder() {
        }

        private Builder(RelatedDocument from) {
            this.number = from.number;
            this.title = from.title;
            this.synopsis = from.synopsis;
        }

        /**
         * @param number the document number such as "01", or null
         * @return this builder
         */
        public Builder number(@Nullable String number) {
            this.number = number;
            return this;
        }

        /**
         * @param title "Document or information title", or null
         * @return this builder
         */
        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        /**
         * @param synopsis "Synopsis and links", or null
         * @return this builder
         */
        public Builder synopsis(@Nullable String synopsis) {
            this.synopsis = synopsis;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public RelatedDocument build() {
            return new RelatedDocument(
                    number,
                    title,
                    synopsis);
        }
    }
}
