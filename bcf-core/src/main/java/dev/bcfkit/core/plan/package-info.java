/**
 * The BCF plan, 2014 planning template Part 1 ({@code [003]}).
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
