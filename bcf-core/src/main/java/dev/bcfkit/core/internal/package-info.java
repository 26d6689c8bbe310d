/**
 * What the model's records share but no caller needs: defensive copies of record collections
 * and the lookup of a closed list's value by its template label. Not exported from the module
 * {@code dev.bcfkit.core}; on the class path it is public only because the model's packages use
 * it, and it may change in any release.
 *
 * @since 0.1
 */
@NullMarked
package dev.bcfkit.core.internal;

import org.jspecify.annotations.NullMarked;
