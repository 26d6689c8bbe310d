/**
 * Calculators: plain static functions over values, used by the rules and callable directly
 * (a design principle: "Calculators"). Quarterly phasing of an annual amount ({@link
 * dev.bcfkit.rules.calc.Phasing}), rates per 100,000 and the metric formulas ({@link
 * dev.bcfkit.rules.calc.Rates}), red/amber/green ratings and trends ({@link
 * dev.bcfkit.rules.calc.RagRating}), assessment drop-downs against a rating ({@link
 * dev.bcfkit.rules.calc.AssessmentConsistency}), the social-care uplift ({@link
 * dev.bcfkit.rules.calc.SocialCareUplift}), the national funding table ({@link
 * dev.bcfkit.rules.calc.NationalFundingTable}), average fees ({@link dev.bcfkit.rules.calc.Fees}),
 * reconciliation of rounded figures ({@link dev.bcfkit.rules.calc.Reconciliation}) and iBCF
 * figures ({@link dev.bcfkit.rules.calc.ImprovedBcfFigures}).
 *
 * <p>Arithmetic is exact {@link java.math.BigDecimal}; every rounding names its
 * {@link java.math.RoundingMode} and scale, and rates are kept at
 * {@link dev.bcfkit.rules.calc.Rates#SCALE} decimal places. A calculator never throws
 * {@link java.lang.ArithmeticException} and never divides by zero: an input it cannot compute
 * with is a {@link dev.bcfkit.rules.calc.CalculationException} whose message names the input and
 * quotes its value.
 *
 * <p><b>Stability: stable.</b> Each calculator implements a formula the papers print; a
 * new edition adds calculators rather than changing these.
 *
 * @since 0.1
 */
package dev.bcfkit.rules.calc;
