/**
 * A module-path consumer of bcfkit, run by the build: not published.
 */
package dev.bcfkit.consumer;
