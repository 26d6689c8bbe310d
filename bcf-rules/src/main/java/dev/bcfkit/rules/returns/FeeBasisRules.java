package dev.bcfkit.rules.returns;

import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.FeeBasisItem;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;
import java.util.Map;

/**
 * What the 2018/19 average fees include and exclude ({@code [004:155-164]}), as the return
 * records it item by item ({@link dev.bcfkit.core.returns.FeeBasis}).
 */
final class FeeBasisRules {
    private FeeBasisRules() {
    }

    /** @return the rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(FEE_BASIS);
    }

    /**
     * FEE-BASIS: each recorded fee-basis answer follows the instructions: the averages include
     * client contributions, spot and block contracts, a dynamic purchasing system, home-care travel
     * time, provider staff training allowances, directly commissioned fees and Managed Personal
     * Budgets, and exclude the authority's own staff costs, third party top-ups, NHS Funded Nursing
     * Care and full cost paying clients ({@code [004:155-164]}). A WARNING: "should"; an item not
     * recorded is not judged.
     */
    static final Rule<QuarterlyReturn> FEE_BASIS = Rule.on(QuarterlyReturn.class, "FEE-BASIS")
            .title("The average fees include and exclude what the instructions say")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2018)
            .source("[004:155] \"average fees paid by your local authority (including client contributions)\";"
                    + " [004:157-160] \"The averages should therefore exclude\" own staff costs, \"third party top-ups,"
                    + " NHS Funded Nursing Care and full cost paying clients\"; [004:164] \"This single average should"
                    + " include fees paid under spot and block contracts, fees paid under a dynamic purchasing system,"
                    + " payments for travel time in home care, any allowances for external provider staff training,"
                    + " fees directly commissioned by your local authority and fees commissioned by your local"
                    + " authority as part of a Managed Personal Budget\". A WARNING: \"should\"")
            .requirements("R78")
            .check((r, ctx, emit) -> {
                AdditionalIbcf ibcf = r.additionalIbcf();
                if (ibcf == null || ibcf.feeBasis() == null) {
                    return;
                }
                for (Map.Entry<FeeBasisItem, YesNo> e : ibcf.feeBasis().answers().entrySet()) {
                    FeeBasisItem item = e.getKey();
                    boolean includes = e.getValue() == YesNo.YES;
                    if (includes != item.included()) {
                        emit.report(Pointer.of("additionalIbcf", "feeBasis", "answers", item.label()), "the average fees are"
                                + " recorded as " + (includes ? "including" : "excluding") + " \"" + item.label()
                                + "\" (\"" + e.getValue().label() + "\"); the instructions say they "
                                + (item.included() ? "include" : "exclude") + " it");
                    }
                }
            });
}
