/**
 * Local outcome tables: the outcomes a local integration programme tracks beyond the national
 * metrics, each with its reduction target, an interim target, the actual and the trend the report
 * prints, as in the Mid-Nottinghamshire Better Together Alliance's Table 1 ({@code [001:35-41]}).
 *
 * <p><b>Stability: experimental.</b> The one table the papers print is a board report's, not a
 * national template, so a second table may add record components.
 *
 * @since 0.1
 */
@NullMarked
package dev.bcfkit.core.outcomes;

import org.jspecify.annotations.NullMarked;
