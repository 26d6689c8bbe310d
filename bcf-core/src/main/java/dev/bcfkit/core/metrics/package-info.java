/**
 * Metrics: their kinds, units, directions and age bands, populations, and the ratings and
 * trends of performance reports ({@code [002:1225-1290]}, {@code [000:20-26]}).
 *
 * <p><b>Stability: experimental.</b> Each new template edition may add metric kinds, units
 * and record components.
 *
 * @since 0.1
 */
@NullMarked
package dev.bcfkit.core.metrics;

import org.jspecify.annotations.NullMarked;
