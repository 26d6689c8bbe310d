package dev.bcfkit.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * How written documents look, so that files diff well and writing the same document twice gives
 * the same bytes: two-space indentation, one property or list entry per line, {@code "name": value}
 * with one space after the colon, {@code []} and {@code {}} for empty lists and maps, {@code \n}
 * line ends on every platform, and a final newline.
 */
final class Layout {
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private Layout() {
    }

    /** @return a pretty printer with the layout; Jackson copies it per document */
    static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(INDENT).withArrayIndenter(INDENT);
    }
}
