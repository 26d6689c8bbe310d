package dev.bcfkit.core.plan;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One authorisation block of the 2014 plan ({@code [003:25-64]}): "Signed on behalf of", "By",
 * "Position", "Date". The board's block has no position ("By Chair of Health and Wellbeing
 * Board", {@code [003:63]}). One person may sign for several CCGs ({@code [003:33]},
 * {@code [003:38]}).
 *
 * @param bodyType who the sign-off is on behalf of
 * @param body the body's name, such as "Bassetlaw"
 * @param signedBy who signed, or null
 * @param position their position, or null
 * @param date when, or null
 */
public record SignOff(
        @NotNull BodyType bodyType,
        @Size(max = 500) @Nullable String body,
        @Size(max = 500) @Nullable String signedBy,
        @Size(max = 500) @Nullable String position,
        @Nullable LocalDate date) {
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

    /** Builds a {@link SignOff} by named setters, one per component. */
    public static final class Builder {
        private @Nullable BodyType bodyType;
        private @Nullable String body;
        private @Nullable String signedBy;
        private @Nullable String position;
        private @Nullable LocalDate date;

        private Builder() {
        }

        private Builder(SignOff from) {
            this.bodyType = from.bodyType;
            this.body = from.body;
            this.signedBy = from.signedBy;
            this.position = from.position;
            this.date = from.date;
        }

        /**
         * @param bodyType who the sign-off is on behalf of
         * @return this builder
         */
        public Builder bodyType(BodyType bodyType) {
            this.bodyType = bodyType;
            return this;
        }

        /**
         * @param body the body's name, such as "Bassetlaw"
         * @return this builder
         */
        public Builder body(@Nullable String body) {
            this.body = body;
            return this;
        }

        /**
         * @param signedBy who signed, or null
         * @return this builder
         */
        public Builder signedBy(@Nullable String signedBy) {
            this.signedBy = signedBy;
            return this;
        }

        /**
         * @param position their position, or null
         * @return this builder
         */
        public Builder position(@Nullable String position) {
            this.position = position;
            return this;
        }

        /**
         * @param date when, or null
         * @return this builder
         */
        public Builder date(@Nullable LocalDate date) {
            this.date = date;
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
        public SignOff build() {
            return new SignOff(
                    bodyType,
                    body,
                    signedBy,
                    position,
                    date);
        }
    }
}
