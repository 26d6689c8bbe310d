package dev.bcfkit.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A district council in a two-tier area, to which the county passes the Disabled Facilities
 * Grant down "in full, unless jointly agreed to do otherwise" ({@code [002:467]}).
 *
 * @param name the district council's name
 */
public record DistrictCouncil(@NotBlank @Size(max = 200) String name) {
}
