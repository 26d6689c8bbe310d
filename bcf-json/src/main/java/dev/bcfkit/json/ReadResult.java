package dev.bcfkit.json;

import dev.bcfkit.core.Shape;
import java.util.List;
import java.util.Objects;

/**
 * A document read by {@link BcfJson#readWithNotices} or {@link BcfJson#readDocumentWithNotices},
 * with what the reader accepted but a person should know ({@link ReaderNotice}) and what it judged
 * of the document's shape: pass {@link #shape()} to the validator with the document
 * ({@code validator.validate(result.value(), result.shape())}), so that no constraint is judged
 * twice.
 *
 * @param value the document or value read
 * @param notices the notices in document order; empty for a document written with canonical labels
 * @param shape a token that {@linkplain Shape#vouchesFor vouches for} the value if the reader judged
 *     every model constraint of it as it built it and none is broken, else {@link Shape#UNJUDGED}
 * @param <T> the model type
 */
public record ReadResult<T>(T value, List<ReaderNotice> notices, Shape shape) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public ReadResult {
        Objects.requireNonNull(value, "value");
        notices = List.copyOf(notices);
        Objects.requireNonNull(shape, "shape");
    }

    /**
     * A value whose shape is still to be judged.
     *
     * @param value the value
     * @param notices the notices
     * @throws NullPointerException if an argument is null
     */
    public ReadResult(T value, List<ReaderNotice> notices) {
        this(value, notices, Shape.UNJUDGED);
    }
}
