package dev.bcfkit.core.plan;

import dev.bcfkit.core.internal.Components;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A scheme, or a theme of schemes, of the plan's "Description of planned changes" with its key
 * success factors ({@code [003:243-326]}: "These schemes are broadly defined across six themes").
 * The 2014 Part 1 gives no funding per scheme ({@code [003:328]}).
 *
 * @param name the scheme or theme, such as "Accelerating Discharge"
 * @param successFactors its key success factors, in plan order
 * @param inPooledBudget whether it is delivered through the pooled budget; false for "Other Schemes
 *     Additionally Supporting BCF outcomes" ({@code [003:330-334]}); null if not stated
 */
public record Scheme(
        @NotNull @Size(max = 1_000) String name,
        @NotNull List<@Size(max = 10_000) String> successFactors,
        Boolean inPooledBudget) {

    /**
     * @throws dev.bcfkit.core.BcfException if the list is null
     */
    public Scheme {
        successFactors = Components.list("successFactors", successFactors);
    }
}
