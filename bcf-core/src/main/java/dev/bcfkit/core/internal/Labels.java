package dev.bcfkit.core.internal;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Text;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks up a closed list's value by its exact template label, with an error that quotes the
 * text found and lists what is allowed.
 */
public final class Labels {
    private Labels() {
    }

    /**
     * @param values the closed list
     * @param labelOf the label of a value
     * @param label the text to look up, matched exactly
     * @param what what the field is, for the message
     * @param <E> the value type
     * @return the value with that label
     * @throws BcfException if no value has that label
     */
    public static <E> E find(E[] values, Function<E, String> labelOf, String label, String what) {
        for (E e : values) {
            if (labelOf.apply(e).equals(label)) {
                return e;
            }
        }
        throw new BcfException(what + ": expected one of " + Arrays.stream(values).map(labelOf)
                .map(l -> "\"" + l + "\"").collect(Collectors.joining(", ")) + ", found \""
                + Text.abbreviate(label) + "\"");
    }
}
