/**
 * Golden documents transcribed from the public papers in the seeds: each class holds one
 * council's documents as bcfkit values, field by field, every figure citing the seed line it
 * comes from (such as {@code [002:1023]}), so that tests across the project can run against
 * what a Health and Wellbeing Board actually submitted.
 *
 * <p><b>Stability: experimental.</b> The documents follow the model; their figures follow
 * the papers and change only when a transcription is corrected.
 *
 * @since 0.1
 */
package dev.bcfkit.testkit.seeds;
