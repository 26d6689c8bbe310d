package dev.bcfkit.json;

import java.util.List;

/**
 * A document read by {@link BcfJson#readWithNotices}, with what the reader accepted but a person
 * should know ({@link ReaderNotice}).
 *
 * @param value the document or value read
 * @param notices the notices in document order; empty for a document written with canonical labels
 * @param <T> the model type
 */
public record ReadResult<T>(T value, List<ReaderNotice> notices) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public ReadResult {
        java.util.Objects.requireNonNull(value, "value");
        notices = List.copyOf(notices);
    }
}
