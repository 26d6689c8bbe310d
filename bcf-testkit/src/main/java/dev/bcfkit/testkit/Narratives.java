package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.Narrative;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Narrative tabs within their "Remaining Characters" counters: 32,767 characters in 2016/17
 * (the Excel cell maximum behind "Remaining Characters 31,872", {@code [002:1161]}), and 20,000
 * for the 2017-19 progress box ("Remaining Characters: 18,871", {@code [004:105-107]}), with a
 * success story in 2017-19 ({@code [000:246-252]}).
 */
final class Narratives {
    /** The 2016/17 narrative limit (inferred, see the seed-002 extraction § 1.9). */
    static final int LIMIT_2016_17 = 32_767;
    /** The 2017-19 progress limit (inferred from {@code [004:105-107]}). */
    static final int LIMIT_2017_19 = 20_000;

    private Narratives() {
    }

    /**
     * @param edition a quarterly-return edition
     * @return the progress narrative's character limit
     */
    static int limit(Edition edition) {
        return edition == Edition.QUARTERLY_2016_17 ? LIMIT_2016_17 : LIMIT_2017_19;
    }

    /**
     * @param edition a quarterly-return edition
     * @return non-blank narratives within the edition's limit
     */
    static Arbitrary<Narrative> narratives(Edition edition) {
        if (edition == Edition.QUARTERLY_2016_17) {
            return Texts.upTo(LIMIT_2016_17).map(p -> new Narrative(p, null));
        }
        return Combinators.combine(Texts.upTo(LIMIT_2017_19), Texts.upTo(LIMIT_2017_19)).as(Narrative::new);
    }
}
