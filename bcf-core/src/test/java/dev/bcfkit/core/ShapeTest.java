package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.json.DocumentProblems;
import java.lang.invoke.MethodHandles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape token: only the reader mints one, and it vouches for one document instance only. */
class ShapeTest {
    private static PooledBudget budget() {
        return new PooledBudget(null, null, List.of(), null, null, null, null, List.of());
    }

    @Test
    void unjudgedVouchesForNothing() {
        PooledBudget b = budget();
        assertFalse(Shape.UNJUDGED.vouchesFor(b));
        assertFalse(Shape.UNJUDGED.vouchesFor(null));
        assertNull(Shape.UNJUDGED.editionOf(b));
        assertEquals("UNJUDGED", Shape.UNJUDGED.toString());
    }

    @Test
    void aTokenVouchesForTheVeryInstanceItWasMintedForAndNoEqualCopy() {
        PooledBudget b = budget();
        PooledBudget equalCopy = budget();
        assertEquals(b, equalCopy);
        Shape held = DocumentProblems.minter().held(b, Edition.POOLED_BUDGET_2017_19);
        assertTrue(held.vouchesFor(b));
        assertFalse(held.vouchesFor(equalCopy));
        assertEquals(Edition.POOLED_BUDGET_2017_19, held.editionOf(b));
        assertNull(held.editionOf(equalCopy));
        assertEquals("HELD by the reader for POOLED_BUDGET POOLED_BUDGET_2017_19", held.toString());
        assertThrows(NullPointerException.class, () -> DocumentProblems.minter().held(null, Edition.POOLED_BUDGET_2017_19));
        assertThrows(NullPointerException.class, () -> DocumentProblems.minter().held(b, null));
    }

    @Test
    void noOtherClassCanMintAToken() {
        BcfException own = assertThrows(BcfException.class, () -> Shape.minter(MethodHandles.lookup()));
        assertEquals("reader: only bcfkit's strict reader vouches for a document's shape, found dev.bcfkit.core.ShapeTest",
                own.getMessage());
        // a lookup without full privilege, even on the reader's class, is refused
        assertThrows(BcfException.class, () -> Shape.minter(MethodHandles.publicLookup().in(DocumentProblems.class)));
        assertThrows(BcfException.class, () -> Shape.minter(MethodHandles.lookup().in(DocumentProblems.class)));
        assertThrows(NullPointerException.class, () -> Shape.minter(null));
    }
}
