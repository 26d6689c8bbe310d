package dev.bcfkit.core.returns;

import dev.bcfkit.core.YesNo;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The section 75 pooled-budget question: "Have the funds been pooled via a s.75 pooled
 * budget?" and "If the answer to the above is 'No' please indicate when this will happen
 * (DD/MM/YYYY)" ({@code [002:881-882]}, {@code [000:202-203]}). From 2016/17 Q2 the first
 * answer is pre-populated and a confirmation is added ({@code [002:1445-1449]}).
 *
 * @param pooledViaSection75 whether the funds have been pooled via a s.75 pooled budget, or null
 * @param confirmedNowPooled "If it had not been previously stated that the funds had been pooled can you
 *     confirm that they have now?" (2016/17 Q2-Q4), or null
 * @param expectedPoolingDate when pooling will happen, if not yet, or null
 * @param explanation an explanation where the template has one (2017-19), or null
 */
public record BudgetArrangements(
        YesNo pooledViaSection75,
        YesNo confirmedNowPooled,
        LocalDate expectedPoolingDate,
        @Size(max = 100_000) String explanation) {
}
