package dev.bcfkit.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A Clinical Commissioning Group (CCG), which pays the NHS minimum contribution and signs off
 * the plan ({@code [003:16]}, {@code [003:27-55]}: "Signed on behalf of the Clinical
 * Commissioning Group").
 *
 * @param name the CCG's name as the plan gives it, such as "Mansfield and Ashfield"
 */
public record ClinicalCommissioningGroup(@NotBlank @Size(max = 200) String name) {
}
