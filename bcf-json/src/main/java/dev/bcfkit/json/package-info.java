/**
 * Jackson module, strict reader and writer for the bcfkit wire format.
 */
package dev.bcfkit.json;
