/**
 * Metrics: their kinds, units, directions and age bands, populations, and the ratings and
 * trends of performance reports ({@code [002:1225-1290]}, {@code [000:20-26]}).
 */
package dev.bcfkit.core.metrics;
