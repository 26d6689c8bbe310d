package dev.bcfkit.core.returns;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a 2017/18 or 2018/19 return's board report records of the improved Better Care Fund: how
 * the grant is being used, each use under one of the grant's three purposes ({@code [002:117]},
 * {@code [000:45-49]}), and the quarterly progress reports made on it ("provide quarterly reports
 * as required by the Secretary of State", {@code [002:121]}; "Quarterly national progress reports
 * are required against the plan for the 2017 Improved Better Care Fund ... Two progress reports
 * have been submitted to date", {@code [000:52]}). The return templates themselves print no such
 * table ({@code [000:182-254]}, {@code [004:3-182]}); the section holds what a board records
 * alongside its return, and is blank (null) where nothing is recorded.
 *
 * @param uses the uses of the grant, in the order recorded
 * @param progressReportsSubmitted how many quarterly iBCF progress reports have been submitted to
 *     date, or null
 */
public record ImprovedBcfProgress(
        @NotNull List<@Valid Use> uses,
        Integer progressReportsSubmitted) {

    /**
     * @throws dev.bcfkit.core.BcfException if the list is null
     */
    public ImprovedBcfProgress {
        uses = Components.list("uses", uses);
    }

    /**
     * One use of the grant, such as "Supporting Hospital Discharge to manage additional winter
     * pressures" ({@code [000:57]}).
     *
     * @param description what the grant is used for, or null
     * @param purpose which of the three purposes it serves, or null if not recorded
     * @param amount the amount, or null
     */
    public record Use(@Size(max = 2_000) String description, ImprovedBcfPurpose purpose, Money amount) {
    }
}
