/**
 * jqwik arbitraries for every bcfkit domain type, for bcfkit's own tests and downstream ones:
 * {@link dev.bcfkit.testkit.BcfArbitraries} (valid values of every type), the
 * {@code @ForAll} provider {@link dev.bcfkit.testkit.BcfArbitraryProvider}, named suppliers by
 * edition and quarter ({@link dev.bcfkit.testkit.ValidReturns}, {@link dev.bcfkit.testkit.ValidPlans},
 * {@link dev.bcfkit.testkit.ValidPooledBudgets}), and defect injectors that break exactly one
 * business rule each ({@link dev.bcfkit.testkit.Defects}). Golden fixtures transcribed from the
 * seeds are in {@link dev.bcfkit.testkit.seeds}.
 *
 * <p><b>Stability: experimental.</b> The arbitraries follow the model: each new edition
 * adds generators and defects, and the values generated may change between releases.
 *
 * @since 0.1
 */
package dev.bcfkit.testkit;
