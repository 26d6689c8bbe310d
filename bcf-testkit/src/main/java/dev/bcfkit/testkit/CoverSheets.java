package dev.bcfkit.testkit;

import dev.bcfkit.core.returns.ReturnCover;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Cover sheets with all five counted questions answered ({@code [002:858-870]}) and signed off
 * by a named person, never the "TBC" placeholder ({@code [000:190]}).
 */
final class CoverSheets {
    private CoverSheets() {
    }

    /** @return complete cover sheets */
    static Arbitrary<ReturnCover> covers() {
        return Combinators.combine(Boards.boards(), Texts.personNames(), Texts.emails(), Texts.telephoneNumbers(),
                Texts.personNames()).as(ReturnCover::new);
    }
}
