/**
 * JMH benchmarks of the bcfkit rules, validator and JSON codec.
 */
package dev.bcfkit.benchmarks;
