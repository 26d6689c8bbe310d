package dev.bcfkit.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A local authority party to the BCF: a single-tier (unitary) council such as Southend-on-Sea,
 * or an upper-tier county council such as Nottinghamshire County Council ({@code [003:15]}),
 * whose districts receive the Disabled Facilities Grant ({@code [002:467]}).
 *
 * @param name the council's name
 * @param tier single or upper tier
 */
public record LocalAuthority(@NotBlank @Size(max = 200) String name, @NotNull Tier tier) {

    /** Whether the council is unitary or the county of a two-tier area. */
    public enum Tier {
        /** A unitary (single-tier) authority. */
        SINGLE_TIER,
        /** The county council of a two-tier area, with district councils below it. */
        UPPER_TIER
    }
}
