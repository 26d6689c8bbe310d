/**
 * jqwik arbitraries for every bcfkit domain type.
 */
package dev.bcfkit.testkit;
