package dev.bcfkit.testkit;

import java.util.Objects;

/**
 * A defect injected into a valid document: the defect, the document before and after. Produced by
 * {@link Defects#injected(net.jqwik.api.Arbitrary, java.util.List)}.
 *
 * @param defect the defect injected
 * @param valid the valid document it was injected into
 * @param broken the document with the defect
 * @param <T> the document type
 */
public record Injected<T>(Defect<T> defect, T valid, T broken) {
    /**
     * @throws NullPointerException if a component is null
     */
    public Injected {
        Objects.requireNonNull(defect, "defect");
        Objects.requireNonNull(valid, "valid");
        Objects.requireNonNull(broken, "broken");
    }

    /** @return the id of the rule the broken document breaks */
    public String ruleId() {
        return defect.ruleId();
    }
}
