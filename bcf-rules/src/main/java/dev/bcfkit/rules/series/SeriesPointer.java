package dev.bcfkit.rules.series;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.engine.Pointer;

/**
 * The path of a finding about a series: the quarter of the return it is in, then the JSON pointer
 * within that return, such as {@code /Q2/budgetArrangements/pooledViaSection75}.
 */
final class SeriesPointer {
    private SeriesPointer() {
    }

    /**
     * @param r the return the element is in
     * @param tokens the pointer's tokens within the return
     * @return the path
     */
    static String of(QuarterlyReturn r, Object... tokens) {
        return "/" + r.period().quarter().name() + Pointer.of(tokens);
    }
}
