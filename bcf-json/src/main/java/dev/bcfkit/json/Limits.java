package dev.bcfkit.json;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The one place that states how large and how deep a bcfkit document may be (a design
 * principle: "Hostile input is expected. The reader bounds document size, nesting depth, number
 * length and string length"). Each number is chosen for this domain, with room to spare, and is
 * far below Jackson's defaults:
 * <ul>
 * <li>{@link #MAX_DOCUMENT_BYTES} 8 MiB: the largest real return (Southend 2016/17 Q4, with all
 *     its narratives) is about 60 KB as JSON.</li>
 * <li>{@link #MAX_NESTING_DEPTH} 32: the deepest path of the model is seven levels
 *     ({@code /additionalMeasures/dataSharing/GP/Hospital}).</li>
 * <li>{@link #MAX_NUMBER_LENGTH} 40 characters: an amount has at most 15 integer digits and
 *     2 decimals ({@code dev.bcfkit.core.Money}); 40 leaves room for a sign and an exponent but
 *     refuses a 400-digit integer before it is ever converted.</li>
 * <li>{@link #MAX_STRING_LENGTH} 1,000,000 characters: the longest text the model allows
 *     ({@code @Size(max = 1_000_000)} on narratives and the plan's vision).</li>
 * <li>{@link #MAX_NAME_LENGTH} 1,000 characters: property names are the model's component names
 *     or map keys (financial years, care settings, district council names of at most 200).</li>
 * <li>{@link #MAX_DECIMAL_SCALE} 10 decimal places for plain numbers (percentages, rates, £bn),
 *     so that {@code 1e-100000000} is refused instead of being computed with.</li>
 * </ul>
 */
final class Limits {
    /** The largest document read, in bytes (8 MiB). */
    static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
    /** The deepest nesting of objects and arrays. */
    static final int MAX_NESTING_DEPTH = 32;
    /** The longest number, in characters. */
    static final int MAX_NUMBER_LENGTH = 40;
    /** The longest string value, in characters. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest property name, in characters. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** The most decimal places of a plain number that is not money. */
    static final int MAX_DECIMAL_SCALE = 10;

    private Limits() {
    }

    /** @return the limits as Jackson's stream constraints */
    static StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build();
    }
}
