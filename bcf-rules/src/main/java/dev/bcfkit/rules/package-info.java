/**
 * Pure BCF rules, calculators, rulebooks per edition and the validator facade. A council
 * system calls {@code BcfValidator.validate} on a plan or quarterly return and gets a
 * {@link dev.bcfkit.rules.Report}: every problem the templates, the policy framework and
 * assurance would find, each a {@link dev.bcfkit.rules.Finding} with a stable rule id, a
 * JSON-pointer path, a message quoting the numbers and its provenance.
 */
package dev.bcfkit.rules;
