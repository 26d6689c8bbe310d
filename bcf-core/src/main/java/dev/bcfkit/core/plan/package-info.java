/**
 * The BCF plans: the 2014 planning template Part 1 ({@code [003]}) and the 2017-19 plan under the
 * Integration and BCF Policy Framework ({@code [002:395-517]}, {@code [002:667-688]}).
 *
 * <p><b>Stability: experimental.</b> Reading a plan (its accessors and constants) is meant
 * to stay, but a new planning template may add record components, and so change the records'
 * canonical constructors, and add constants to the closed lists.
 *
 * @since 0.1
 */
@NullMarked
package dev.bcfkit.core.plan;

import org.jspecify.annotations.NullMarked;
