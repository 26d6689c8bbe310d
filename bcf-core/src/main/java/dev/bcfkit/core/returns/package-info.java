/**
 * The quarterly return: cover, s.75 budget arrangements, national conditions, income and
 * expenditure, metrics, year-end feedback, additional measures, the High Impact Change Model,
 * narrative and the additional iBCF section ({@code [002]}, {@code [000:180-254]}, {@code [004]}).
 *
 * <p><b>Stability: experimental.</b> Reading a return (its accessors and constants) is
 * meant to stay, but each new template edition may add record components, and so change the
 * records' canonical constructors, and add constants to the closed lists.
 *
 * @since 0.1
 */
@NullMarked
package dev.bcfkit.core.returns;

import org.jspecify.annotations.NullMarked;
