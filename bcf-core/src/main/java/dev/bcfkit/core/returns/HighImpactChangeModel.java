package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The 2017-19 "High Impact Change Model" sheet: the eight changes and the Red Bag scheme
 * ({@code [000:218-242]}, {@code [004:62-95]}). National condition 4 requires areas to implement
 * the model ({@code [002:684]}); "This model is not designed to be a performance management tool"
 * ({@code [002:2783]}), so the library records maturity and checks the template's own rules only.
 *
 * @param changes the change rows, normally eight in template order
 * @param redBag the Red Bag row, or null
 */
public record HighImpactChangeModel(@NotNull List<@Valid ChangeAssessment> changes, @Valid RedBag redBag) {

    /**
     * @throws dev.bcfkit.core.BcfException if the list is null
     */
    public HighImpactChangeModel {
        changes = Components.list("changes", changes);
    }
}
