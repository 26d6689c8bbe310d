/**
 * Pure BCF rules, calculators, rulebooks per edition and the validator facade. A council
 * system calls {@code BcfValidator.validate} on a plan or quarterly return and gets a
 * {@link dev.bcfkit.rules.Report}: every problem the templates, the policy framework and
 * assurance would find, each a {@link dev.bcfkit.rules.Finding} with a stable rule id, a
 * JSON-pointer path, a message quoting the numbers and its provenance.
 *
 * <p><b>Stability: stable</b> for the validator, the report and its findings; their rule ids
 * are listed in docs/RULES.md and never reused. <b>Experimental</b> for the API of a council's own
 * rules (the rule builder, checks and rulebooks), which may change before 1.0.
 *
 * @since 0.1
 */
package dev.bcfkit.rules;
