package dev.bcfkit.core.plan;

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
        @Size(max = 500) String body,
        @Size(max = 500) String signedBy,
        @Size(max = 500) String position,
        LocalDate date) {
}
