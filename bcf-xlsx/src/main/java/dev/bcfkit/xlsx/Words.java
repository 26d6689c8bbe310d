package dev.bcfkit.xlsx;

import java.util.Locale;

/**
 * How a template's words are matched: the one place the reader's matching rules live. A cell
 * says a label when their {@linkplain #normal normal} words are the same, or, for a label longer
 * than {@value #PREFIX} characters, when the cell's normal words start with the label's first
 * {@value #PREFIX}.
 *
 * <p>What is tolerated, and why:
 * <ul>
 * <li>case, since the papers print the same label in either case: "completed by:"
 *     ({@code [002:764]}, {@code [002:861]}) and "Completed by:" ({@code [004:19]});</li>
 * <li>a trailing colon or asterisk, for the same reason: "Delayed Transfers of Care*"
 *     ({@code [000:213]}) beside the row name "Delayed Transfers of Care";</li>
 * <li>runs of white space of any kind, line breaks (Excel's Alt+Enter) and non-breaking spaces
 *     as one space, and none at the ends: a rendering cannot show them, and a user wraps a long
 *     header or pastes from a web page without meaning a different label (derived);</li>
 * <li>curly quotes as straight ones, as Excel's autocorrect types them (derived);</li>
 * <li>for a long label, the words after its first {@value #PREFIX} characters, since a long
 *     question is the wording most often shortened or extended from one rendering to another
 *     (derived).</li>
 * </ul>
 * Different words are never matched: "Health and Well Being Board" ({@code [002:764]}) and
 * "Health and Wellbeing Board" ({@code [004]}) are two labels, each listed by its edition.
 *
 * <p>A section's tab is matched by its {@linkplain #tab bare name}: its words without the number
 * before them, whether "3. National Conditions" ({@code [002:872]}), "3) National Conditions"
 * ({@code [002:1237]}) or "National Conditions" ({@code [002:884]}).
 */
final class Words {
    /** A label longer than this is matched by its first this many characters. */
    static final int PREFIX = 40;

    private Words() {
    }

    static String normal(String text) {
        if (text == null) {
            return "";
        }
        // One pass, no regular expression: every cell of a workbook goes through here (the label
        // index), so this is most of the reader's own cost. Curly quotes become straight ones, the
        // no-break spaces a space, and a run of ASCII white space (a regular expression's \s) one space.
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = switch (text.charAt(i)) {
                case '\u2019', '\u2018' -> '\'';
                case '\u201C', '\u201D' -> '"';
                case '\u00A0', '\u2007', '\u202F', '\t', '\n', '\u000B', '\f', '\r' -> ' ';
                default -> text.charAt(i);
            };
            if (c == ' ') {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        String s = b.toString().strip().toLowerCase(Locale.ROOT);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == '*' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * The key under which a cell's normal words are found by a long label's first words: its
     * first {@value #PREFIX} characters; null if the words are shorter.
     */
    static String prefixKey(String normalWords) {
        return normalWords.length() >= PREFIX ? normalWords.substring(0, PREFIX) : null;
    }

    /** The key a normal label is looked up by its first words; null if the label is matched whole only. */
    static String labelPrefixKey(String normalLabel) {
        return normalLabel.length() > PREFIX ? normalLabel.substring(0, PREFIX) : null;
    }

    /** Whether a cell says a label: the same words, or (for a long label) the same first words. */
    static boolean says(String cell, String label) {
        return saysNormal(normal(cell), normal(label));
    }

    /** {@link #says} of words already made normal. */
    static boolean saysNormal(String cell, String label) {
        if (cell.equals(label)) {
            return true;
        }
        String key = labelPrefixKey(label);
        return key != null && key.equals(prefixKey(cell));
    }

    /** A tab's name without the section number before it ("3. ", "3) ", "3 - "), normal. */
    static String tab(String name) {
        return normal(name).replaceFirst("^\\d+\\s*[.):-]?\\s*", "");
    }
}
