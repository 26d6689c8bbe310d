package dev.bcfkit.core.returns;

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
        @Valid HealthAndWellbeingBoard healthAndWellbeingBoard,
        @Size(max = 500) String completedBy,
        @Size(max = 500) String email,
        @Size(max = 100) String contactNumber,
        @Size(max = 500) String signedOffBy,
        LocalDate submittedOn) {

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
}
