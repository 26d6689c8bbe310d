package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.FeeBasisItem;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * FEE-BASIS: Dorset's return records no fee basis ({@code [004:145-182]}) and passes; any set of
 * answers that follow the instructions ({@code [004:155-164]}) passes; each answer against them is
 * one WARNING at that item.
 */
class FeeBasisRulesProperties {
    private static final Rule<QuarterlyReturn> RULE = FeeBasisRules.FEE_BASIS;

    @Test
    void dorsetRecordsNoBasis() {
        assertEquals(null, ReturnSamples.complete2018().additionalIbcf().feeBasis());
        assertEquals(List.of(), Judge.run(RULE, ReturnSamples.complete2018()));
        assertEquals(Severity.WARNING, RULE.severity());
        assertEquals(List.of("R78"), RULE.requirements());
    }

    @Property
    void answersThatFollowTheInstructionsPass(@ForAll Set<FeeBasisItem> items) {
        Map<FeeBasisItem, YesNo> basis = new EnumMap<>(FeeBasisItem.class);
        items.forEach(i -> basis.put(i, i.included() ? YesNo.YES : YesNo.NO));
        assertEquals(List.of(), Judge.run(RULE, ReturnCheckEdits.feeBasis(basis)));
    }

    @Property
    void eachContraryAnswerIsOneWarning(@ForAll Set<FeeBasisItem> contrary) {
        Map<FeeBasisItem, YesNo> basis = new EnumMap<>(FeeBasisItem.class);
        for (FeeBasisItem i : FeeBasisItem.values()) {
            boolean follows = !contrary.contains(i);
            basis.put(i, i.included() == follows ? YesNo.YES : YesNo.NO);
        }
        List<Finding> f = Judge.run(RULE, ReturnCheckEdits.feeBasis(basis));
        assertEquals(contrary.size(), f.size());
        f.forEach(x -> assertEquals(true, x.path().startsWith("/additionalIbcf/feeBasis/answers/"), x.path()));
    }
}
