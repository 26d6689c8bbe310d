package dev.bcfkit.core.returns;

import dev.bcfkit.core.HealthAndWellbeingBoard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

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
 */
public record ReturnCover(
        @Valid HealthAndWellbeingBoard healthAndWellbeingBoard,
        @Size(max = 500) String completedBy,
        @Size(max = 500) String email,
        @Size(max = 100) String contactNumber,
        @Size(max = 500) String signedOffBy) {
}
