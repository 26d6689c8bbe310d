package dev.bcfkit.core.plan;

import jakarta.validation.constraints.Size;

/**
 * A row of section 4 "Risks" ({@code [003:681-718]}): the risk, its rating as impact and
 * likelihood, and the mitigating actions, grouped by planning unit.
 *
 * @param planningUnit the planning unit the risk belongs to, or null
 * @param description the risk, or null
 * @param impact the impact level, or null
 * @param likelihood the likelihood level, or null
 * @param mitigatingActions the mitigating actions, or null
 */
public record Risk(
        @Size(max = 500) String planningUnit,
        @Size(max = 100_000) String description,
        RiskLevel impact,
        RiskLevel likelihood,
        @Size(max = 100_000) String mitigatingActions) {
}
