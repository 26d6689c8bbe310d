package dev.bcfkit.core.returns;

import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * What a 2018/19 return records of the basis of its average fees ({@code [004:155-164]}): for each
 * item the instructions name, whether the averages include it ("Yes") or not ("No"). An item not
 * recorded is absent (blank).
 *
 * @param answers the recorded answers, by item
 */
public record FeeBasis(@NotNull Map<FeeBasisItem, YesNo> answers) {

    /**
     * @throws dev.bcfkit.core.BcfException if the map, an item or an answer is null
     */
    public FeeBasis {
        answers = Components.sortedMap("answers", answers);
    }
}
