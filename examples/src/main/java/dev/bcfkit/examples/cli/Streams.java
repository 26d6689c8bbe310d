package dev.bcfkit.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command reads and writes: standard input, standard output and standard error, passed
 * in so that tests run every command in-process.
 *
 * @param in standard input (for a file argument of {@code -})
 * @param out standard output: results only
 * @param err standard error: one-line messages about what went wrong
 */
record Streams(InputStream in, PrintStream out, PrintStream err) {
}
