package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The 2018/19 "Additional improved Better Care Fund" section ({@code [004:145-182]}): the
 * allocation, the average fees paid to external care providers, and a comment of at most 250
 * characters ({@code [004:182]}).
 *
 * @param allocation "Additional improved Better Care Fund Allocation for 2018/19", or null
 * @param fees the average-fee questions
 * @param feeCommentary additional commentary on the fee information, or null
 * @param feeBasis what the averages include and exclude ({@code [004:155-164]}), where the return
 *     records it, or null
 */
public record AdditionalIbcf(
        Money allocation,
        @NotNull List<@Valid AverageFee> fees,
        @Size(max = 100_000) String feeCommentary,
        @Valid FeeBasis feeBasis) {

    /**
     * @throws dev.bcfkit.core.BcfException if the list is null
     */
    public AdditionalIbcf {
        fees = Components.list("fees", fees);
    }

    /**
     * The section with no fee basis recorded.
     *
     * @param allocation the allocation, or null
     * @param fees the average-fee questions
     * @param feeCommentary additional commentary on the fee information, or null
     */
    public AdditionalIbcf(Money allocation, List<AverageFee> fees, String feeCommentary) {
        this(allocation, fees, feeCommentary, null);
    }

    /**
     * @param basis the fee basis, or null
     * @return this section with that fee basis
     */
    public AdditionalIbcf withFeeBasis(FeeBasis basis) {
        return new AdditionalIbcf(allocation, fees, feeCommentary, basis);
    }
}
