/**
 * The bcfkit domain model's values: money, financial years, quarters, reporting periods,
 * template editions and the identities of the bodies that plan and report against the Better
 * Care Fund. The documents themselves are in {@link dev.bcfkit.core.plan} and
 * {@link dev.bcfkit.core.returns}; metrics in {@link dev.bcfkit.core.metrics}; the 2017-19
 * pooled budget and grants in {@link dev.bcfkit.core.funding}.
 *
 * <p>Conventions throughout: records are immutable; a {@code null} component means the cell was
 * left blank (blank is not zero), never zero; collections are never null; only
 * impossible values are refused by constructors, and everything the BCF rules judge is reported
 * by {@code bcf-rules} as findings.
 *
 * <p><b>Stability: stable.</b> These values and the exception types are the library's
 * vocabulary; they change only in a new major version.
 *
 * @since 0.1
 */
package dev.bcfkit.core;
