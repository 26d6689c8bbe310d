package dev.bcfkit.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A Health and Wellbeing Board: the statutory board that signs off a BCF plan and its returns
 * ("Health and Well Being Board", {@code [002:858]}; {@code [000:186]}).
 *
 * @param name the board's name as the templates give it, such as "Southend-on-Sea"
 * @param onsCode the ONS area code such as {@code E06000033}, or null where the papers do not give it
 */
public record HealthAndWellbeingBoard(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "E\\d{8}") @Nullable String onsCode) {

    /**
     * A board known by name only (the seeds give no ONS codes).
     *
     * @param name the board's name
     * @return the board
     */
    public static HealthAndWellbeingBoard named(String name) {
        return new HealthAndWellbeingBoard(name, null);
    }
}
