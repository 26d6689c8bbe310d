/**
 * Worked examples of using bcfkit, and the {@code bcf} command-line tool.
 */
package dev.bcfkit.examples;
