package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
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

    /**
     * A builder with every component blank (collections empty); {@link Builder#build()} runs this
     * record's constructor, so it makes the same checks.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this record's components, to change some and build a copy
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link FeeBasis} by named setters, one per component. */
    public static final class Builder {
        private Map<FeeBasisItem, YesNo> answers = Map.of();

        private Builder() {
        }

        private Builder(FeeBasis from) {
            this.answers = from.answers;
        }

        /**
         * @param answers the recorded answers, by item (copied; no key or value may be null)
         * @return this builder
         */
        public Builder answers(Map<FeeBasisItem, YesNo> answers) {
            this.answers = Components.map("answers", answers);
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public FeeBasis build() {
            return new FeeBasis(
                    answers);
        }
    }
}
