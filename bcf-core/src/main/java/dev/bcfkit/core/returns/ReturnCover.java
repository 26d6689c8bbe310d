package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The cover sheet of a quarterly return: who completed it and who signed it off on behalf of
 * the Health and Wellbeing Board ({@code [002:858-864]}; {@code [000:184-190]};
 * {@code [004:15-33]}). All five are counted questions ({@code [002:870]}: "1. Cover 5").
 *
 * @param healthAndWellbeingBoard the board
 * @param completedBy who completed the return, or null
 * @param email their e-mail address, or null
 * @param contactNumber their contact number, or null
 * @param signedOffBy who signed the return off on behalf of the board, or null; "TBC" is a placeholder
 * @param submittedOn the date the return was submitted, where the document records it, or null: "A
 *     completed return must be submitted ... by midday on 25th November 2016" ({@code [002:1181]});
 *     "the Q2 2017/18 national report was submitted to NHS England on 17 November" ({@code [000:37]})
 */
public record ReturnCover(
        @Valid @Nullable HealthAndWellbeingBoard healthAndWellbeingBoard,
        @Size(max = 500) @Nullable String completedBy,
        @Size(max = 500) @Nullable String email,
        @Size(max = 100) @Nullable String contactNumber,
        @Size(max = 500) @Nullable String signedOffBy,
        @Nullable LocalDate submittedOn) {

    /**
     * A cover sheet with no submission date recorded.
     *
     * @param healthAndWellbeingBoard the board
     * @param completedBy who completed the return, or null
     * @param email their e-mail address, or null
     * @param contactNumber their contact number, or null
     * @param signedOffBy who signed the return off on behalf of the board, or null
     */
    public ReturnCover(HealthAndWellbeingBoard healthAndWellbeingBoard, String completedBy, String email,
            String contactNumber, String signedOffBy) {
        this(healthAndWellbeingBoard, completedBy, email, contactNumber, signedOffBy, null);
    }

    /**
     * @param date the submission date, or null
     * @return this cover sheet with that submission date
     */
    public ReturnCover withSubmittedOn(LocalDate date) {
        return new ReturnCover(healthAndWellbeingBoard, completedBy, email, contactNumber, signedOffBy, date);
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

    /** Builds a {@link ReturnCover} by named setters, one per component. */
    public static final class Builder {
        private @Nullable HealthAndWellbeingBoard healthAndWellbeingBoard;
        private @Nullable String completedBy;
        private @Nullable String email;
        private @Nullable String contactNumber;
        private @Nullable String signedOffBy;
        private @Nullable LocalDate submittedOn;

        private Builder() {
        }

        private Builder(ReturnCover from) {
            this.healthAndWellbeingBoard = from.healthAndWellbeingBoard;
            this.completedBy = from.completedBy;
            this.email = from.email;
            this.contactNumber = from.contactNumber;
            this.signedOffBy = from.signedOffBy;
            this.submittedOn = from.submittedOn;
        }

        /**
         * @param healthAndWellbeingBoard the board
         * @return this builder
         */
        public Builder healthAndWellbeingBoard(@Nullable HealthAndWellbeingBoard healthAndWellbeingBoard) {
            this.healthAndWellbeingBoard = healthAndWellbeingBoard;
            return this;
        }

        /**
         * @param completedBy who completed the return, or null
         * @return this builder
         */
        public Builder completedBy(@Nullable String completedBy) {
            this.completedBy = completedBy;
            return this;
        }

        /**
         * @param email their e-mail address, or null
         * @return this builder
         */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /**
         * @param contactNumber their contact number, or null
         * @return this builder
         */
        public Builder contactNumber(@Nullable String contactNumber) {
            this.contactNumber = contactNumber;
            return this;
        }

        /**
         * @param signedOffBy who signed the return off on behalf of the board, or null; "TBC" is a placeholder
         * @return this builder
         */
        public Builder signedOffBy(@Nullable String signedOffBy) {
            this.signedOffBy = signedOffBy;
            return this;
        }

        /**
         * @param submittedOn the date the return was submitted, where the document records it, or null: "A completed return must be submitted ... by midday on 25th November 2016" ({@code [002:1181]}); "the Q2 2017/18 national report was submitted to NHS England on 17 November" ({@code [000:37]})
         * @return this builder
         */
        public Builder submittedOn(@Nullable LocalDate submittedOn) {
            this.submittedOn = submittedOn;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public ReturnCover build() {
            return new ReturnCover(
                    healthAndWellbeingBoard,
                    completedBy,
                    email,
                    contactNumber,
                    signedOffBy,
                    submittedOn);
        }
    }
}
