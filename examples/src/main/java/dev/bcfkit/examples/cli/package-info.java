/**
 * The {@code bcf} command-line tool: checks plans and quarterly returns against the rulebook of
 * their edition, lists the rule catalogue, runs the BCF calculators, summarises a national
 * collection as CSV and writes an HTML report for a Health and Wellbeing Board meeting.
 *
 * <p>Start with {@link dev.bcfkit.examples.cli.Bcf}. Exit status: 0 when no document has an
 * ERROR finding, 1 when one has, 2 when an argument is wrong or a file cannot be read or parsed.
 */
package dev.bcfkit.examples.cli;
