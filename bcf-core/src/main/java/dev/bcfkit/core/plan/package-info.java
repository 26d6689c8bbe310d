/**
 * The BCF plan, 2014 planning template Part 1 ({@code [003]}).
 */
package dev.bcfkit.core.plan;
