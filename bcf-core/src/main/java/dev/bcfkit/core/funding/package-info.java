/**
 * The 2017-19 pooled budget and grants: contributions by source, the NHS contribution to adult
 * social care, the improved BCF grant, the Disabled Facilities Grant and the national funding
 * table ({@code [002:395-517]}, {@code [002:667-688]}, {@code [000:40-54]}).
 *
 * <p><b>Stability: experimental.</b> Reading a pooled budget (its accessors and constants) is
 * meant to stay, but a new pooled-budget template may add record components, and so change the
 * records' canonical constructors, and add constants to the closed lists.
 *
 * @since 0.1
 */
@NullMarked
package dev.bcfkit.core.funding;

import org.jspecify.annotations.NullMarked;
