package dev.bcfkit.json;

import dev.bcfkit.core.Shape;
import java.lang.invoke.MethodHandles;

/**
 * A stand-in, in bcf-core's tests only, for the strict reader's class of the same name (which
 * bcf-core cannot see): the one class {@link Shape#minter} serves, so that the test of the token
 * can mint one as the reader does.
 */
public final class DocumentProblems {
    private DocumentProblems() {
    }

    /** @return the minter, asked for with this class's own lookup as the reader asks */
    public static Shape.Minter minter() {
        return Shape.minter(MethodHandles.lookup());
    }
}
