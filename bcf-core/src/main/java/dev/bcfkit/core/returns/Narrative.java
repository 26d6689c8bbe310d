package dev.bcfkit.core.returns;

import jakarta.validation.constraints.Size;

/**
 * The narrative tab. 2016/17: one cell, "Please provide a brief narrative on overall progress"
 * with a "Remaining Characters" counter ({@code [002:1161-1163]}). 2017-19: "Progress against
 * local plan for integration of health and social care" and "Integration success story highlight
 * over the past quarter" ({@code [000:246-252]}, {@code [004:111-133]}).
 *
 * @param progress the narrative on progress, or null
 * @param successStory the integration success story (2017-19), or null
 */
public record Narrative(@Size(max = 1_000_000) String progress, @Size(max = 1_000_000) String successStory) {
}
